package io.vectort.providers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * LLM calls of one UTC day, organisation, source ({@code builder}, {@code api}, {@code assistant})
 * and model, summed: what the admin console's rollups are made of.
 */
public record CallTotals(
        LocalDate day,
        UUID orgId,
        String source,
        String model,
        long calls,
        long failedCalls,
        long inputTokens,
        long outputTokens,
        BigDecimal costUsd,
        long latencyMs) {}
