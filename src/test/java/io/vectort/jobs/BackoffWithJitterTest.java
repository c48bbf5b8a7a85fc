package io.vectort.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffWithJitterTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void doublesTheDelayWithEachFailureWithinItsJitterBand() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            long ceiling = 1000L << (attempt - 1);
            for (int i = 0; i < 200; i++) {
                long delay = BackoffWithJitter.delayAfter(attempt, BASE, MAX).toMillis();
                assertThat(delay).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void neverExceedsTheMaximumEvenAfterManyFailures() {
        for (int attempt = 7; attempt < 80; attempt++) {
            assertThat(BackoffWithJitter.delayAfter(attempt, BASE, MAX)).isBetween(Duration.ofSeconds(30), MAX);
        }
    }

    @Test
    void spreadsRetriesOfJobsThatFailedTogether() {
        Set<Long> delays = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            delays.add(BackoffWithJitter.delayAfter(3, BASE, MAX).toMillis());
        }
        assertThat(delays).hasSizeGreaterThan(25);
    }
}
