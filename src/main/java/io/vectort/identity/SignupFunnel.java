package io.vectort.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.database.AfterCommit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_signups_total{step}}: how many accounts reach each step of the sign-up funnel,
 * each counted once per account and only once the transaction that made it true committed.
 */
@Component
public class SignupFunnel {

    /** The steps, in the order people go through them. */
    public enum Step {
        /** An account was created (a form registration or a first provider sign-in). */
        REGISTERED,
        /** The account's email became verified (a link, or a provider vouching for the address). */
        VERIFIED,
        /** The account's first generation succeeded. */
        FIRST_GENERATION
    }

    private final Map<Step, Counter> counters = new EnumMap<>(Step.class);

    SignupFunnel(MeterRegistry registry) {
        for (Step step : Step.values()) {
            counters.put(
                    step,
                    Counter.builder("vectort.signups")
                            .description("Accounts reaching each step of the sign-up funnel")
                            .tag("step", step.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
    }

    /** Counts one account reaching {@code step}, after the current transaction commits. */
    public void reached(Step step) {
        Counter counter = counters.get(step);
        AfterCommit.run(counter::increment);
    }
}
