package io.vectort.assistant.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** One user's Assistant settings. */
public record AssistantSettings(ZoneId timeZone, Optional<QuietHours> quietHours) {

    public static final AssistantSettings DEFAULTS = new AssistantSettings(ZoneId.of("UTC"), Optional.empty());

    /** When something due at {@code moment} may be delivered: at once, or at the end of quiet hours. */
    public Instant deliveryTime(Instant moment) {
        return quietHours.map(q -> q.deferred(moment, timeZone)).orElse(moment);
    }
}
