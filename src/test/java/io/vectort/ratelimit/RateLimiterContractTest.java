package io.vectort.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Parallel;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} promises, in memory or shared through Redis. */
abstract class RateLimiterContractTest {

    private static final RateLimit TEN_A_DAY = new RateLimit("API requests", 10, Duration.ofDays(1));

    abstract RateLimiter limiter();

    @Test
    void admitsExactlyTheCapacityWhenHundredsAskAtOnce() throws Exception {
        RateLimiter limiter = limiter();
        String key = "contract:" + UUID.randomUUID();

        List<RateDecision> decisions = Parallel.run(
                Collections.<Callable<RateDecision>>nCopies(200, () -> limiter.tryAcquire(key, TEN_A_DAY)));

        assertThat(decisions.stream().filter(RateDecision::allowed)).hasSize(10);
        assertThat(decisions.stream().filter(d -> !d.allowed())).hasSize(190);
    }

    @Test
    void aRefusalSaysWhenTheNextRequestIsAdmitted() {
        RateLimiter limiter = limiter();
        String key = "contract:" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(key, TEN_A_DAY).allowed()).isTrue();
        }

        RateDecision refused = limiter.tryAcquire(key, TEN_A_DAY);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        // Ten a day refill one every 2.4 hours.
        assertThat(refused.retryAfter()).isBetween(Duration.ofHours(2), Duration.ofMinutes(145));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimiter limiter = limiter();
        String one = "contract:" + UUID.randomUUID();
        String other = "contract:" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire(one, TEN_A_DAY);
        }

        assertThat(limiter.tryAcquire(one, TEN_A_DAY).allowed()).isFalse();
        assertThat(limiter.tryAcquire(other, TEN_A_DAY).allowed()).isTrue();
    }
}
