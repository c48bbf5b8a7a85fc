package io.vectort.assistant.web;

import io.vectort.assistant.settings.AssistantSettings;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the settings endpoints. */
final class SettingsViews {

    private SettingsViews() {}

    /** Local times "HH:mm" in the user's time zone; start after end wraps midnight (22:00–07:00). */
    record QuietHoursView(@Nullable String start, @Nullable String end) {}

    /** @param quietHours absent or null for none */
    record SettingsView(@Nullable String timeZone, @Nullable QuietHoursView quietHours) {
        static SettingsView from(AssistantSettings s) {
            return new SettingsView(
                    s.timeZone().getId(),
                    s.quietHours()
                            .map(q -> new QuietHoursView(
                                    q.start().toString(), q.end().toString()))
                            .orElse(null));
        }
    }
}
