package io.vectort.generation.generator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a generator reports once it finished writing.
 *
 * @param provider who actually answered ({@code offline-starter}, a deployment name, ...)
 * @param model the model that answered
 * @param inputTokens prompt tokens (0 for the starter)
 * @param outputTokens completion tokens
 * @param usageEstimated true when the token counts were computed locally, not reported upstream
 * @param costUsd what the calls cost, from real usage and the model catalog's prices
 * @param historyDigest a summary of the project's history the generator condensed on the way, to
 *     be kept with the generation for the follow-ups after it
 */
public record GenerationReport(
        String provider,
        String model,
        long inputTokens,
        long outputTokens,
        boolean usageEstimated,
        BigDecimal costUsd,
        Optional<HistoryDigest> historyDigest) {

    public GenerationReport(
            String provider,
            String model,
            long inputTokens,
            long outputTokens,
            boolean usageEstimated,
            BigDecimal costUsd) {
        this(provider, model, inputTokens, outputTokens, usageEstimated, costUsd, Optional.empty());
    }

    /** A report of work that cost nothing (the offline starter, tests). */
    public GenerationReport(
            String provider, String model, long inputTokens, long outputTokens, boolean usageEstimated) {
        this(provider, model, inputTokens, outputTokens, usageEstimated, BigDecimal.ZERO);
    }
}
