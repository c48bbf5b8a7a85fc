package io.vectort.ratelimit;

/** Token buckets by key. */
public interface RateLimiter {

    /** Takes one token from the bucket {@code key} (created with {@code limit} on first use). */
    RateDecision tryAcquire(String key, RateLimit limit);
}
