package io.vectort.generation.llm;

import io.vectort.generation.generator.CodeStream;

/**
 * Passes only complete lines to the protocol stream and holds back the line being written. When a
 * model is cut off mid-line, the partial line is dropped and the continuation rewrites it, so the
 * parser never sees half a line twice.
 */
final class LineGate {

    private final CodeStream stream;
    private final StringBuilder partial = new StringBuilder();
    private final StringBuilder forwarded = new StringBuilder();

    LineGate(CodeStream stream) {
        this.stream = stream;
    }

    void accept(String text) {
        partial.append(text);
        int lastNewline = partial.lastIndexOf("\n");
        if (lastNewline >= 0) {
            String complete = partial.substring(0, lastNewline + 1);
            partial.delete(0, lastNewline + 1);
            forwarded.append(complete);
            stream.write(complete);
        }
    }

    /** The output so far, up to the last complete line: what a continuation builds on. */
    String forwardedText() {
        return forwarded.toString();
    }

    /** Drops an unfinished last line (the model will write it again). */
    void discardPartialLine() {
        partial.setLength(0);
    }

    /** Ends the output: a last line without a newline is still part of it. */
    void flush() {
        if (!partial.isEmpty()) {
            String rest = partial.toString();
            partial.setLength(0);
            forwarded.append(rest);
            stream.write(rest);
        }
    }
}
