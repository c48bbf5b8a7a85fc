package io.vectort.ratelimit;

import java.time.Duration;

/**
 * At most {@code capacity} requests per {@code period}, refilled smoothly.
 *
 * @param name what is limited, in words for the error message ("generations")
 */
public record RateLimit(String name, long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive capacity and period");
        }
    }
}
