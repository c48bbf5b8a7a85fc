package io.vectort.providers.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Splits a byte stream into UTF-8 lines without a {@link java.io.Reader}: the buffer stays small
 * (thousands of concurrent streams each hold one) and a truncated last line is recognisable.
 */
final class LineReader {

    private static final int BUFFER_BYTES = 2048;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private int position;
    private int limit;
    private boolean skipLineFeed;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next complete line without its terminator, or empty at the end of the stream. */
    Optional<String> next() throws IOException {
        line.reset();
        while (true) {
            if (position == limit && !fill()) {
                return Optional.empty();
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (line.size() + (position - start) > maxLineBytes) {
                throw new IOException("line longer than " + maxLineBytes + " bytes");
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                return Optional.of(line.toString(StandardCharsets.UTF_8));
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
