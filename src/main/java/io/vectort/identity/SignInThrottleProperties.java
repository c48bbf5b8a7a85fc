package io.vectort.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guessing protection, prefix {@code vectort.identity.sign-in}.
 *
 * @param freeFailures failed attempts on one account before each further one waits
 * @param freeFailuresPerAddress failed attempts from one client address (on any accounts) before
 *     each further one waits; higher, since many people may share an address
 * @param backoff the first wait; it doubles with each further failure
 * @param maxBackoff the longest wait
 * @param forgetAfter failures older than this no longer count
 */
@ConfigurationProperties("vectort.identity.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("50") int freeFailuresPerAddress,
        @DefaultValue("1s") Duration backoff,
        @DefaultValue("15m") Duration maxBackoff,
        @DefaultValue("1h") Duration forgetAfter) {

    public SignInThrottleProperties {
        if (freeFailures < 1 || freeFailuresPerAddress < 1 || backoff.isNegative() || backoff.isZero()) {
            throw new IllegalArgumentException(
                    "vectort.identity.sign-in: free-failures and free-failures-per-address must be at least 1,"
                            + " backoff positive");
        }
    }
}
