package io.vectort.generation.protocol;

import org.jspecify.annotations.Nullable;

/**
 * Parses generation-protocol text (docs/PROTOCOL.md) incrementally, as it streams. Chunks may be split
 * anywhere, including inside a tag or between {@code \r} and {@code \n}. Rule violations are thrown
 * from {@link #feed} as soon as they can be seen; {@link #finish} says whether the output was complete.
 * Only the current line and the current block's content are buffered, plus the staged operations.
 *
 * <p>Not thread-safe: one parser follows one stream. After an exception it refuses further use.
 */
public final class ProtocolParser {

    private final ProtocolReader reader;
    private final LineSplitter lines;
    private @Nullable RuntimeException failure;
    private @Nullable ParsedOutput result;

    /**
     * @param limits the per-file limit is enforced while streaming; the file-count and total limits
     *     stop an output early that writes more than any project may hold
     * @param listener told of progress as it happens
     */
    public ProtocolParser(ProtocolLimits limits, ProtocolListener listener) {
        this.reader = new ProtocolReader(limits, listener);
        this.lines = new LineSplitter(reader);
    }

    /**
     * Parses the next piece of the stream; text after the end marker is ignored.
     *
     * @throws ProtocolViolationException as soon as the text breaks a protocol or safety rule
     */
    public void feed(CharSequence chunk) {
        requireUsable();
        try {
            lines.feed(chunk);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * Ends the stream: a last line without a newline is read, then the output must be complete.
     * Calling it again returns the same output.
     *
     * @throws ProtocolViolationException {@code incomplete_output} when the end marker never came
     *     (also when a block is still open), or a violation found in the last line
     */
    public ParsedOutput finish() {
        if (result != null) {
            return result;
        }
        requireUsable();
        try {
            lines.finish();
            result = reader.output();
            return result;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /** True once the end marker was read. */
    public boolean ended() {
        return reader.stopped();
    }

    private void requireUsable() {
        if (failure != null) {
            throw new IllegalStateException("The parser already failed and cannot continue", failure);
        }
        if (result != null) {
            throw new IllegalStateException("The parser has already finished");
        }
    }
}
