package io.vectort.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vectort_cache_hits_total{layer,cache_type}}, {@code vectort_cache_misses_total{cache_type}}
 * and {@code vectort_cache_errors_total{layer}}, registered once so the hot path only increments.
 */
final class CacheMetrics {

    static final List<String> LAYERS = List.of("l1", "l2", "l3", "similar");

    private static final Logger log = LoggerFactory.getLogger(CacheMetrics.class);

    private final Map<CacheType, Map<String, Counter>> hits = new EnumMap<>(CacheType.class);
    private final Map<CacheType, Counter> misses = new EnumMap<>(CacheType.class);
    private final MeterRegistry registry;
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Instant>> lastWarning = new ConcurrentHashMap<>();

    CacheMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (CacheType type : CacheType.values()) {
            Map<String, Counter> byLayer = new ConcurrentHashMap<>();
            for (String layer : LAYERS) {
                byLayer.put(
                        layer,
                        Counter.builder("vectort.cache.hits")
                                .description("Responses served from the cache, by layer")
                                .tag("layer", layer)
                                .tag("cache_type", type.tag())
                                .register(registry));
            }
            hits.put(type, byLayer);
            misses.put(
                    type,
                    Counter.builder("vectort.cache.misses")
                            .description("Exact cache lookups that found nothing in any layer")
                            .tag("cache_type", type.tag())
                            .register(registry));
        }
        for (String layer : List.of("l2", "l3")) {
            errors(layer);
        }
    }

    void hit(CacheType type, String layer) {
        hits.get(type).get(layer).increment();
    }

    void miss(CacheType type) {
        misses.get(type).increment();
    }

    /** Counts a failed layer operation and logs it, at most once a minute per layer. */
    void error(String layer, String operation, Exception e) {
        errors(layer).increment();
        AtomicReference<Instant> last = lastWarning.computeIfAbsent(layer, l -> new AtomicReference<>(Instant.EPOCH));
        Instant now = Instant.now();
        Instant previous = last.get();
        if (previous.plusSeconds(60).isBefore(now) && last.compareAndSet(previous, now)) {
            log.warn("Response cache layer {} failed to {}, treating it as a miss: {}", layer, operation, e.toString());
        }
    }

    private Counter errors(String layer) {
        return errors.computeIfAbsent(
                layer,
                l -> Counter.builder("vectort.cache.errors")
                        .description("Cache layer operations that failed (counted as misses or skipped writes)")
                        .tag("layer", l)
                        .register(registry));
    }
}
