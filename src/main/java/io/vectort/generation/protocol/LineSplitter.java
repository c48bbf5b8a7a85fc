package io.vectort.generation.protocol;

/**
 * Cuts a stream into lines, whatever the chunking. A line ends at {@code \n}, which stays part of it
 * (so {@code \r\n} split between chunks needs no care). While the start of a line might still be
 * significant (a tag, a closing tag, a fence) it is buffered; as soon as it cannot be, its characters
 * are passed on as plain text as they arrive, so long lines stream and are not buffered twice.
 */
final class LineSplitter {

    /** What the lines mean; the splitter only decides when to hand them over. */
    interface Handler {

        /** Whether a line starting like {@code start} could still be significant once complete. */
        boolean maySignify(PartialLine start);

        /** A line stays undecided and buffered: the handler bounds how long it may grow. */
        void stillUndecided(PartialLine start);

        /** Part of a line known to be plain text. */
        void plain(CharSequence piece);

        /** The line passed on with {@link #plain} has ended. */
        void endOfPlainLine();

        /** A whole line that stayed undecided up to its end, terminator included when there was one. */
        void line(String whole);

        /** True once nothing more is to be read (after the end marker). */
        boolean stopped();
    }

    private final Handler handler;
    private final PartialLine line = new PartialLine();
    private boolean lineIsPlain;

    LineSplitter(Handler handler) {
        this.handler = handler;
    }

    void feed(CharSequence chunk) {
        int start = 0;
        for (int i = 0; i < chunk.length() && !handler.stopped(); i++) {
            if (chunk.charAt(i) == '\n') {
                completeLine(chunk, start, i + 1);
                start = i + 1;
            }
        }
        if (!handler.stopped() && start < chunk.length()) {
            partialLine(chunk, start, chunk.length());
        }
    }

    /** The stream ended: a last line without terminator is still a line. */
    void finish() {
        if (!handler.stopped() && (lineIsPlain || !line.isEmpty())) {
            completeLine("", 0, 0);
        }
    }

    private void partialLine(CharSequence chunk, int from, int to) {
        if (lineIsPlain) {
            handler.plain(chunk.subSequence(from, to));
            return;
        }
        line.append(chunk, from, to);
        if (handler.maySignify(line)) {
            handler.stillUndecided(line);
        } else {
            lineIsPlain = true;
            handler.plain(line.take());
        }
    }

    private void completeLine(CharSequence chunk, int from, int to) {
        if (lineIsPlain) {
            lineIsPlain = false;
            handler.plain(chunk.subSequence(from, to));
            handler.endOfPlainLine();
            return;
        }
        line.append(chunk, from, to);
        handler.line(line.take());
    }
}
