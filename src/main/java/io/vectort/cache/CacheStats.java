package io.vectort.cache;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hits and misses per scope, UTC day and cache type, counted in memory and added to
 * {@code cache_stats} in one batch per flush, so a cache lookup never writes a row.
 */
final class CacheStats {

    /** Slots of {@link #counts}: hits per layer in {@link CacheMetrics#LAYERS} order, then misses. */
    private static final int MISSES = 4;

    private record Bucket(UUID scope, LocalDate day, CacheType type) {}

    private final ConcurrentHashMap<Bucket, long[]> counts = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    CacheStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void hit(UUID scope, CacheType type, String layer) {
        add(scope, type, CacheMetrics.LAYERS.indexOf(layer), 1);
    }

    void miss(UUID scope, CacheType type) {
        add(scope, type, MISSES, 1);
    }

    /** A similar hit follows an exact miss: the request was served, so it is not a miss. */
    void similarHit(UUID scope, CacheType type) {
        add(scope, type, CacheMetrics.LAYERS.indexOf("similar"), 1);
        add(scope, type, MISSES, -1);
    }

    private void add(UUID scope, CacheType type, int slot, long delta) {
        // compute() runs under the bin's lock, as does flush()'s remove(): no increment is lost.
        counts.compute(new Bucket(scope, LocalDate.now(clock.withZone(ZoneOffset.UTC)), type), (bucket, slots) -> {
            long[] updated = slots == null ? new long[MISSES + 1] : slots;
            updated[slot] += delta;
            return updated;
        });
    }

    /** Adds what was counted since the last flush to the table; on failure keeps it for the next. */
    void flush() {
        List<Bucket> buckets = new ArrayList<>(counts.keySet());
        for (Bucket bucket : buckets) {
            long[] slots = counts.remove(bucket);
            if (slots == null) {
                continue;
            }
            try {
                jdbc.sql("""
                                insert into cache_stats (scope, day, cache_type, l1_hits, l2_hits, l3_hits, similar_hits, misses)
                                values (:scope, :day, :type, :l1, :l2, :l3, :similar, :misses)
                                on conflict (scope, day, cache_type) do update set
                                  l1_hits = cache_stats.l1_hits + excluded.l1_hits,
                                  l2_hits = cache_stats.l2_hits + excluded.l2_hits,
                                  l3_hits = cache_stats.l3_hits + excluded.l3_hits,
                                  similar_hits = cache_stats.similar_hits + excluded.similar_hits,
                                  misses = cache_stats.misses + excluded.misses""")
                        .param("scope", bucket.scope())
                        .param("day", bucket.day())
                        .param("type", bucket.type().tag())
                        .param("l1", slots[0])
                        .param("l2", slots[1])
                        .param("l3", slots[2])
                        .param("similar", slots[3])
                        .param("misses", slots[MISSES])
                        .update();
            } catch (RuntimeException e) {
                counts.merge(bucket, slots, (current, failed) -> {
                    for (int i = 0; i < current.length; i++) {
                        current[i] += failed[i];
                    }
                    return current;
                });
                throw e;
            }
        }
    }
}
