package io.vectort.identity.mfa;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The time TOTP codes are checked against: a {@link Clock} bean when the application has one (tests
 * provide a clock they control, to step through 30-second windows without waiting), else the
 * system clock.
 */
@Component
class MfaClock {

    private final ObjectProvider<Clock> clock;

    MfaClock(ObjectProvider<Clock> clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.getIfAvailable(Clock::systemUTC).instant();
    }
}
