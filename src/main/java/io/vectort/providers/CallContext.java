package io.vectort.providers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who is calling, for accounting and metrics, and where the router reports what the call cost —
 * whatever its outcome, a stream cut short included.
 *
 * @param source {@code api} for the OpenAI-compatible API, {@code builder} for generations
 */
public record CallContext(String source, Optional<UUID> userId, Optional<UUID> apiKeyId, CostMeter cost) {

    public CallContext(String source, Optional<UUID> userId, Optional<UUID> apiKeyId) {
        this(source, userId, apiKeyId, new CostMeter());
    }

    /** The sum of the costs the router recorded for this context. */
    public static final class CostMeter {
        private final AtomicReference<BigDecimal> total = new AtomicReference<>(BigDecimal.ZERO);

        void add(BigDecimal usd) {
            total.accumulateAndGet(usd, BigDecimal::add);
        }

        public BigDecimal usd() {
            return total.get();
        }
    }
}
