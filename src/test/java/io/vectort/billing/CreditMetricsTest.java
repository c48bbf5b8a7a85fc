package io.vectort.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CreditMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CreditMetrics metrics = new CreditMetrics(meters);

    @Test
    void aSettlementConsumesWhatItChargedInCredits() {
        metrics.entryWritten("settlement", -680);

        assertThat(consumed()).isEqualTo(0.68);
        assertThat(granted("grant")).isZero();
    }

    @Test
    void reservationsAndReleasesMoveNothing() {
        metrics.entryWritten("reservation", 0);
        metrics.entryWritten("release", 0);
        metrics.entryWritten("settlement", 0);

        assertThat(consumed()).isZero();
    }

    @Test
    void creditsAreGrantedByTheirReason() {
        metrics.entryWritten("grant", 1_000_000);
        metrics.entryWritten("purchase", 10_000_000);
        metrics.entryWritten("refund", 500);

        assertThat(granted("grant")).isEqualTo(1_000);
        assertThat(granted("purchase")).isEqualTo(10_000);
        assertThat(granted("refund")).isEqualTo(0.5);
        assertThat(granted("adjustment")).isZero();
    }

    @Test
    void insideATransactionNothingCountsUntilItCommitsAndNothingWhenItRollsBack() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            metrics.entryWritten("purchase", 10_000_000);
            assertThat(granted("purchase")).isZero();
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
            assertThat(granted("purchase")).isEqualTo(10_000);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        TransactionSynchronizationManager.initSynchronization();
        try {
            metrics.entryWritten("settlement", -1_000);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(consumed()).isZero();
    }

    private double consumed() {
        return meters.get("vectort.credits.consumed").counter().count();
    }

    private double granted(String reason) {
        return meters.get("vectort.credits.granted")
                .tag("reason", reason)
                .counter()
                .count();
    }
}
