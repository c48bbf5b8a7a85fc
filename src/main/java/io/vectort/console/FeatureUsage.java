package io.vectort.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which features were used over a range, and by how many people. {@code activeUsers}: distinct
 * people who used any feature (gateway calls are made with API keys, so they count uses, not people).
 */
public record FeatureUsage(
        LocalDate from, LocalDate to, long activeUsers, List<FeatureTotal> features, List<DayUses> days) {

    public record FeatureTotal(String feature, long uses, long activeUsers) {}

    /** Uses per feature on one day, every feature present (0 when unused). */
    public record DayUses(LocalDate day, Map<String, Long> uses, long activeUsers) {}
}
