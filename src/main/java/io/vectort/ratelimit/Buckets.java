package io.vectort.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Bucket4j configuration and results, shared by the local and the Redis limiter. */
final class Buckets {

    private Buckets() {}

    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    }

    static RateDecision decision(RateLimit limit, ConsumptionProbe probe) {
        return new RateDecision(
                probe.isConsumed(),
                limit,
                probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForReset()),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
