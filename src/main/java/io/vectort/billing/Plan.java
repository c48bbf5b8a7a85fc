package io.vectort.billing;

import java.util.OptionalInt;

/**
 * A plan, as data: limits (empty = unlimited) and included monthly credits.
 *
 * @param queueExcess when true, generations over the per-minute limit are queued, not refused
 * @param smsSegmentsPerMonth the Assistant's outbound SMS segments a calendar month (UTC)
 */
public record Plan(
        String id,
        String name,
        OptionalInt generationsPerMinute,
        OptionalInt apiRequestsPerDay,
        long monthlyCreditsMicros,
        boolean queueExcess,
        OptionalInt smsSegmentsPerMonth) {}
