package io.vectort.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Buckets in this process. Idle buckets are forgotten after a day (the longest period in use), so
 * memory follows the number of active callers, not their history.
 */
public final class LocalRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(1_000_000)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    @Override
    public RateDecision tryAcquire(String key, RateLimit limit) {
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(bandwidth ->
                                bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                        .build());
        return Buckets.decision(limit, bucket.tryConsumeAndReturnRemaining(1));
    }
}
