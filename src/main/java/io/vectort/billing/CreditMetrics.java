package io.vectort.billing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.database.AfterCommit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_credits_consumed_total} and {@code vectort_credits_granted_total{reason}}, in
 * credits. Counted from the ledger's own entries, after their commit: a replayed idempotency key or
 * a rolled-back operation moves no counter. Reservations and releases are not counted; only what a
 * settlement finally charged is consumed.
 */
@Component
class CreditMetrics {

    /** The ledger kinds that add credits; they are the reasons, so the label stays bounded. */
    static final Set<String> GRANT_REASONS = Set.of("grant", "purchase", "refund", "adjustment");

    private final Counter consumed;
    private final Map<String, Counter> granted = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    CreditMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.consumed = Counter.builder("vectort.credits.consumed")
                .description("Credits charged for usage (settled generations, gateway and Assistant calls)")
                .register(registry);
        GRANT_REASONS.forEach(this::grantedCounter);
    }

    /**
     * One ledger entry was written. {@code totalDelta} is how much the account's credits (available
     * plus reserved) changed: negative for a settlement's charge, positive for a credit, zero for a
     * reservation or a release.
     */
    void entryWritten(String kind, long totalDeltaMicros) {
        if (kind.equals("settlement") && totalDeltaMicros < 0) {
            double credits = credits(-totalDeltaMicros);
            AfterCommit.run(() -> consumed.increment(credits));
        } else if (GRANT_REASONS.contains(kind) && totalDeltaMicros > 0) {
            double credits = credits(totalDeltaMicros);
            Counter counter = grantedCounter(kind);
            AfterCommit.run(() -> counter.increment(credits));
        }
    }

    private Counter grantedCounter(String reason) {
        return granted.computeIfAbsent(
                reason,
                r -> Counter.builder("vectort.credits.granted")
                        .description(
                                "Credits added to accounts, by reason (plan grants, purchases, refunds, adjustments)")
                        .tag("reason", r)
                        .register(registry));
    }

    private static double credits(long micros) {
        return (double) micros / Money.MICROS_PER_CREDIT;
    }
}
