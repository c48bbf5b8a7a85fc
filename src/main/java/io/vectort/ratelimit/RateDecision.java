package io.vectort.ratelimit;

import io.vectort.shared.RateLimitExceededException;
import java.time.Duration;

/**
 * The outcome of asking for one token.
 *
 * @param resetIn until the bucket is full again
 * @param retryAfter until the next token, when refused
 */
public record RateDecision(boolean allowed, RateLimit limit, long remaining, Duration resetIn, Duration retryAfter) {

    /** Throws {@link RateLimitExceededException} when refused. */
    public RateDecision orThrow() {
        if (!allowed) {
            throw new RateLimitExceededException(
                    limit.name(), limit.capacity(), remaining, seconds(resetIn), Math.max(1, seconds(retryAfter)));
        }
        return this;
    }

    private static long seconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
