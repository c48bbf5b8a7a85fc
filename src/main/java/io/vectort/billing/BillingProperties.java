package io.vectort.billing;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Billing settings, prefix {@code vectort.billing}. {@code callLogRetention}: how long the log of
 * LLM calls ({@code llm_calls}: usage, cost, latency per call) is kept.
 *
 * @param defaultPlan the plan new accounts start on (a self-hosting team may put everyone on
 *     {@code enterprise})
 * @param purchasesPerHour credit purchases allowed per account per hour
 * @param apiLeaseMicros credits a node holds at once for an account's API calls, so that calls
 *     are accounted in memory and written in batches instead of one balance update each
 * @param apiFlushInterval how often those batches are written
 */
@Validated
@ConfigurationProperties("vectort.billing")
public record BillingProperties(
        @DefaultValue("free") String defaultPlan,
        @DefaultValue("20") @Min(1) int purchasesPerHour,
        @DefaultValue("50000") @Min(1) long apiLeaseMicros,
        @DefaultValue("1s") Duration apiFlushInterval,
        @DefaultValue("400d") Duration callLogRetention) {

    public BillingProperties {
        if (!callLogRetention.isPositive()) {
            throw new IllegalArgumentException("vectort.billing.call-log-retention must be a positive duration");
        }
    }
}
