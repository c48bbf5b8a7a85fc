package io.vectort.providers;

/**
 * Receives a streamed answer, chunk by chunk, on the calling thread. Throwing from {@link #onChunk}
 * (the caller went away) makes the provider abort the upstream call and rethrow.
 */
@FunctionalInterface
public interface ChatStreamListener {

    void onChunk(ChatChunk chunk);
}
