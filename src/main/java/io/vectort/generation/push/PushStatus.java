package io.vectort.generation.push;

import java.util.Locale;

/** Where a push stands: queued, running, then pushed or failed for good. */
public enum PushStatus {
    QUEUED,
    RUNNING,
    PUSHED,
    FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean terminal() {
        return this == PUSHED || this == FAILED;
    }

    static PushStatus parse(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
