package io.vectort.billing.stripe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_payments_total{kind,status}}: checkout payments as Stripe's webhooks report them,
 * counted once the webhook's transaction committed (a delivery that rolls back, or a duplicate,
 * counts nothing). {@code kind} is the session's ({@code pack} or {@code plan}); {@code status} is
 * one of {@link Payment.Status}. Subscription renewals are Stripe's business and are not counted.
 */
@Component
class PaymentMetrics {

    private final MeterRegistry registry;

    PaymentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Payment payment) {
        Counter.builder("vectort.payments")
                .description("Checkout payments by kind (pack, plan) and by what became of them")
                .tag("kind", payment.kind())
                .tag("status", payment.status().wire())
                .register(registry)
                .increment();
    }

    /** A change in a checkout's payment that a webhook event reported. */
    record Payment(String kind, Status status) {

        enum Status {
            /** Paid, and the credits or the plan were applied. */
            SUCCEEDED,
            /** Completed with a delayed payment method: not paid yet. */
            PENDING,
            /** A delayed payment was refused. */
            FAILED,
            /** The checkout ended without payment. */
            EXPIRED;

            String wire() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }
}
