package io.vectort.assistant.settings;

import io.vectort.assistant.understanding.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One user's Assistant settings.
 *
 * @param language the language of what the Assistant writes on its own (check-ins, emails); empty
 *     means English
 */
public record AssistantSettings(
        ZoneId timeZone,
        Optional<QuietHours> quietHours,
        Channels channels,
        Optional<Language> language,
        CheckIns checkIns) {

    public static final AssistantSettings DEFAULTS = new AssistantSettings(ZoneId.of("UTC"), Optional.empty());

    /** Time zone and quiet hours; the other settings at their defaults. */
    public AssistantSettings(ZoneId timeZone, Optional<QuietHours> quietHours) {
        this(timeZone, quietHours, Channels.DEFAULTS, Optional.empty(), CheckIns.OFF);
    }

    /** When something due at {@code moment} may be delivered: at once, or at the end of quiet hours. */
    public Instant deliveryTime(Instant moment) {
        return quietHours.map(q -> q.deferred(moment, timeZone)).orElse(moment);
    }

    /**
     * Whether the user wants nudges through the channel named {@code channel} ("in-app", "email",
     * "push", "sms"). Whether the channel can reach them (SMTP configured, a device subscribed) is
     * the channel's own check.
     */
    public boolean wantsChannel(String channel) {
        return channels.wants(channel);
    }

    public Language languageOrEnglish() {
        return language.orElse(Language.EN);
    }
}
