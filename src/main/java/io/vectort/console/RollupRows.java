package io.vectort.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sums a {@link RollupSource} found in one window; the rollup adds them to what it holds. */
public record RollupRows(List<GenerationTotals> generations, List<FeatureUses> features, List<ActiveUser> activeUsers) {

    public RollupRows {
        generations = List.copyOf(generations);
        features = List.copyOf(features);
        activeUsers = List.copyOf(activeUsers);
    }

    /**
     * Finished generations of one day, organisation, framework, app type, status and failure code
     * ({@code ""} when it did not fail). {@code durationMs} and {@code costUsd} are sums.
     */
    public record GenerationTotals(
            LocalDate day,
            UUID orgId,
            String framework,
            String appType,
            String status,
            String failureCode,
            long generations,
            long cacheHits,
            BigDecimal costUsd,
            long durationMs) {}

    /** How often an organisation used a feature ({@link Features}) on a day. */
    public record FeatureUses(LocalDate day, String feature, UUID orgId, long uses) {}

    /** A user who used a feature on a day (counted once however often). */
    public record ActiveUser(LocalDate day, String feature, UUID userId) {}
}
