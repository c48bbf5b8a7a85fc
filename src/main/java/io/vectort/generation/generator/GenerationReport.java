package io.vectort.generation.generator;

/**
 * What a generator reports once it finished writing.
 *
 * @param provider who actually answered ({@code offline-starter}, a deployment name, ...)
 * @param model the model that answered
 * @param inputTokens prompt tokens (0 for the starter)
 * @param outputTokens completion tokens
 * @param usageEstimated true when the token counts were computed locally, not reported upstream
 */
public record GenerationReport(
        String provider, String model, long inputTokens, long outputTokens, boolean usageEstimated) {}
