package io.vectort.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vectort.support.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract against the Redis on 127.0.0.1; skipped where none runs. */
class RedisRateLimiterTest extends RateLimiterContractTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RedisClient client;
    private RedisRateLimiter limiter;

    @BeforeEach
    void connect() {
        assumeTrue(TestRedis.url().isPresent(), "needs the Redis on 127.0.0.1:6379");
        client = RedisClient.create(TestRedis.url().orElseThrow());
        limiter = new RedisRateLimiter(client, meters);
    }

    @AfterEach
    void decidedInRedisNotLocally() {
        if (limiter != null) {
            // A local fallback would make the exactness above a property of this node, not of Redis.
            assertThat(meters.counter("vectort.ratelimit.redis.fallbacks").count())
                    .isZero();
            limiter.close();
            client.shutdown();
        }
    }

    @Override
    RateLimiter limiter() {
        return limiter;
    }
}
