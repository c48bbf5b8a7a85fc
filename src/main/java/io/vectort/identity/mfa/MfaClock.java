package io.vectort.identity.mfa;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The time TOTP codes are checked against: a {@link Clock} bean named {@value #BEAN} when the
 * application has one (tests provide a clock they control, to step through 30-second windows
 * without waiting), else the system clock.
 */
@Component
class MfaClock {

    static final String BEAN = "totpClock";

    private final ObjectProvider<Clock> clock;

    MfaClock(@Qualifier(BEAN) ObjectProvider<Clock> clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.getIfAvailable(Clock::systemUTC).instant();
    }
}
