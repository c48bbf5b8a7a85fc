package io.vectort.cache;

import java.util.Map;

/**
 * A scope's cache statistics over some days.
 *
 * @param total all cache types together
 * @param byType per cache type (every type present, zero when unused)
 * @param entries unexpired entries in the archive now
 */
public record CacheSummary(Counts total, Map<CacheType, Counts> byType, long entries) {

    /**
     * Hits per layer and misses. A request answered by a similar prompt counts as a similar hit,
     * not as a miss, although its exact lookup missed first.
     */
    public record Counts(long l1, long l2, long l3, long similar, long misses) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public long hits() {
            return l1 + l2 + l3 + similar;
        }

        /** Hits over lookups, 0 when there were none. */
        public double hitRate() {
            long lookups = hits() + misses;
            return lookups == 0 ? 0 : (double) hits() / lookups;
        }

        Counts plus(Counts other) {
            return new Counts(
                    l1 + other.l1, l2 + other.l2, l3 + other.l3, similar + other.similar, misses + other.misses);
        }
    }
}
