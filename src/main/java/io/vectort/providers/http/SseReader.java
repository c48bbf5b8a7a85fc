package io.vectort.providers.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads Server-Sent Events from a byte stream, line by line, as the HTML standard describes: a
 * blank line ends an event, {@code :} starts a comment (keep-alives such as OpenRouter's), {@code
 * \n}, {@code \r\n} and {@code \r} all end a line. Lines are decoded as UTF-8 only once complete, so
 * a multi-byte character split across network reads is never broken.
 *
 * <p>At the end of the stream, an event whose last line was complete is still delivered (some
 * OpenAI-compatible servers omit the final blank line); a half-received line is dropped.
 */
public final class SseReader {

    /** Far above any real event; protects the heap from an upstream that never ends a line. */
    static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

    private final LineReader lines;

    public SseReader(InputStream in) {
        this.lines = new LineReader(in, MAX_LINE_BYTES);
    }

    /** The next event, or empty at the end of the stream. */
    public Optional<SseEvent> next() throws IOException {
        String event = null;
        StringBuilder data = null;
        while (true) {
            Optional<String> read = lines.next();
            if (read.isEmpty()) {
                return data == null ? Optional.empty() : Optional.of(event(event, data));
            }
            String line = read.get();
            if (line.isEmpty()) {
                if (data != null) {
                    return Optional.of(event(event, data));
                }
                event = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("data")) {
                data = data == null
                        ? new StringBuilder(value)
                        : data.append('\n').append(value);
            } else if (field.equals("event")) {
                event = value;
            }
        }
    }

    private static SseEvent event(String event, StringBuilder data) {
        return new SseEvent(event == null || event.isEmpty() ? SseEvent.DEFAULT_EVENT : event, data.toString());
    }
}
