package io.vectort.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How generations went over a range. Rates are fractions (0 to 1) of finished generations;
 * {@code successRate} leaves cancelled ones out (they neither succeeded nor failed).
 */
public record GenerationPatterns(
        LocalDate from,
        LocalDate to,
        long generations,
        double successRate,
        double cacheHitRate,
        BigDecimal averageCostUsd,
        long averageDurationMs,
        List<FrameworkCount> frameworks,
        List<FailureCount> failures,
        List<DayCount> days) {

    public record FrameworkCount(String framework, String appType, long generations, long succeeded) {}

    public record FailureCount(String code, long generations) {}

    public record DayCount(LocalDate day, long succeeded, long failed, long cancelled) {}
}
