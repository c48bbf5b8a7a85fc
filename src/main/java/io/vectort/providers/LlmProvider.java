package io.vectort.providers;

import java.util.List;

/**
 * Talks to one kind of LLM API. Implementations are stateless and thread-safe; all per-call
 * settings come with the {@link Deployment}. Every failure is thrown as a classified {@link
 * ProviderException}, timeouts included (connect, first token and total, from the deployment).
 */
public interface LlmProvider {

    /** The provider type this implementation serves ({@code openai}, {@code anthropic}, {@code gemini}). */
    String type();

    ChatResponse chat(Deployment deployment, ChatRequest request);

    /**
     * Streams the answer into {@code listener} and returns once the stream ended normally. Usage is
     * requested from the vendor (e.g. OpenAI's {@code stream_options.include_usage}).
     */
    StreamOutcome stream(Deployment deployment, ChatRequest request, ChatStreamListener listener);

    /** Embeddings, for providers that offer them. */
    default EmbeddingResult embed(Deployment deployment, List<String> inputs) {
        throw new ProviderException(
                ErrorKind.BAD_REQUEST,
                java.util.OptionalInt.empty(),
                java.util.Optional.empty(),
                "Provider " + type() + " does not offer embeddings");
    }

    /** Vectors in input order, with the tokens the call consumed. */
    record EmbeddingResult(List<float[]> vectors, String model, Usage usage) {}
}
