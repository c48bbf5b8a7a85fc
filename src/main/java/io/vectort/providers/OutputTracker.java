package io.vectort.providers;

import java.time.Duration;

/**
 * Sits between a provider and the caller's listener: remembers whether any output reached the
 * caller (after which there is no fallback), when the first token arrived, and the text so far
 * (to count tokens when a stream ends without usage).
 */
final class OutputTracker implements ChatStreamListener {

    private final ChatStreamListener caller;
    private final long startNanos;
    private final StringBuilder text = new StringBuilder();
    private long firstOutputNanos = -1;

    OutputTracker(ChatStreamListener caller, long startNanos) {
        this.caller = caller;
        this.startNanos = startNanos;
    }

    @Override
    public void onChunk(ChatChunk chunk) {
        if (chunk.hasOutput() && firstOutputNanos < 0) {
            firstOutputNanos = System.nanoTime();
        }
        text.append(chunk.contentDelta());
        chunk.toolCallDeltas().forEach(delta -> text.append(delta.argumentsDelta()));
        caller.onChunk(chunk);
    }

    boolean outputStarted() {
        return firstOutputNanos >= 0;
    }

    String text() {
        return text.toString();
    }

    /** Time to the first token, or a negative duration when none came. */
    Duration timeToFirstToken() {
        return firstOutputNanos < 0 ? Duration.ofNanos(-1) : Duration.ofNanos(firstOutputNanos - startNanos);
    }
}
