package io.vectort.assistant.web;

import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.understanding.Language;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the settings endpoints. */
final class SettingsViews {

    private SettingsViews() {}

    /** Local times "HH:mm" in the user's time zone; start after end wraps midnight (22:00–07:00). */
    record QuietHoursView(@Nullable String start, @Nullable String end) {}

    /**
     * Which outside channels get nudges. In a request, an absent field keeps its saved value;
     * {@code inApp}, {@code emailAvailable} and {@code emailVerified} are answers only.
     *
     * @param inApp always true: every nudge is shown in the app
     * @param emailAvailable false when the server has no SMTP (or no public URL): email cannot be chosen
     * @param emailVerified whether the account's address is verified; emails go only to verified ones
     * @param smsReachable whether the user has a verified phone that did not text STOP: SMS can be chosen
     */
    record ChannelsView(
            @Nullable Boolean inApp,
            @Nullable Boolean email,
            @Nullable Boolean push,
            @Nullable Boolean emailAvailable,
            @Nullable Boolean emailVerified,
            @Nullable Boolean sms,
            @Nullable Boolean smsReachable) {}

    /**
     * The daily check-ins as local times "HH:mm", null = off. In a request, an absent
     * {@code checkIns} keeps both as saved; inside it, null (or absent) turns one off.
     */
    record CheckInsView(
            @Nullable String morningPlanAt, @Nullable String eveningCheckInAt) {}

    /**
     * @param quietHours absent or null for none
     * @param language "en" or "fr": the language of check-ins and emails; absent in a request takes
     *     the request's Accept-Language (when English or French), else keeps the saved one
     */
    record SettingsView(
            @Nullable String timeZone,
            @Nullable QuietHoursView quietHours,
            @Nullable String language,
            @Nullable ChannelsView channels,
            @Nullable CheckInsView checkIns) {

        static SettingsView from(
                AssistantSettings s, boolean emailAvailable, boolean emailVerified, boolean smsReachable) {
            return new SettingsView(
                    s.timeZone().getId(),
                    s.quietHours()
                            .map(q -> new QuietHoursView(
                                    q.start().toString(), q.end().toString()))
                            .orElse(null),
                    s.languageOrEnglish().code(),
                    new ChannelsView(
                            true,
                            s.channels().email(),
                            s.channels().push(),
                            emailAvailable,
                            emailVerified,
                            s.channels().sms(),
                            smsReachable),
                    new CheckInsView(
                            time(s.checkIns().morningPlanAt()),
                            time(s.checkIns().eveningCheckInAt())));
        }

        private static @Nullable String time(Optional<LocalTime> time) {
            return time.map(LocalTime::toString).orElse(null);
        }
    }

    static Optional<Language> language(String code) {
        return switch (code) {
            case "en" -> Optional.of(Language.EN);
            case "fr" -> Optional.of(Language.FR);
            default -> Optional.empty();
        };
    }
}
