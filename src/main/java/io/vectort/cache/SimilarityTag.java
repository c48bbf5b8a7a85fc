package io.vectort.cache;

/**
 * What the similar-prompt index needs about a Builder entry (or a probe for one). The caller
 * computes the embedding (the bundled MiniLM model, 384 dimensions) so that the cache does not
 * depend on the providers.
 *
 * @param normalizedPrompt the description after {@link CacheKeys#normalizePrompt(String)}
 */
public record SimilarityTag(String framework, String appType, String normalizedPrompt, float[] embedding) {}
