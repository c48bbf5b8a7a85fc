package io.vectort.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The clock TOTP codes are checked against in tests (the bean {@code totpClock}): the system clock
 * until a test freezes it, so a test can step through 30-second windows without waiting. Tests that
 * freeze it reset it when they finish.
 */
@Component("totpClock")
public class ControllableClock extends Clock {

    private final AtomicReference<@Nullable Instant> frozen = new AtomicReference<>();

    /** Stops the clock at {@code instant}. */
    public void freezeAt(Instant instant) {
        frozen.set(instant);
    }

    /** Moves a frozen clock forward. */
    public void advanceSeconds(long seconds) {
        frozen.updateAndGet(now -> now == null ? null : now.plusSeconds(seconds));
    }

    /** Back to the system clock. */
    public void reset() {
        frozen.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = frozen.get();
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
