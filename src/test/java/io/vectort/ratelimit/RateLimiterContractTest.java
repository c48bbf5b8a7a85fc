package io.vectort.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} promises, in memory or shared through Redis. */
abstract class RateLimiterContractTest {

    private static final RateLimit TEN_A_DAY = new RateLimit("API requests", 10, Duration.ofDays(1));

    abstract RateLimiter limiter();

    @Test
    void admitsExactlyTheCapacityWhenHundredsAskAtOnce() throws Exception {
        RateLimiter limiter = limiter();
        String key = "contract:" + UUID.randomUUID();

        List<RateDecision> decisions = atOnce(200, () -> limiter.tryAcquire(key, TEN_A_DAY));

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

    /** Runs {@code count} copies of {@code task} released together, each on its own thread. */
    private static <T> List<T> atOnce(int count, Callable<T> task) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
