package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.settings.QuietHours;
import io.vectort.assistant.settings.TimeZones;
import io.vectort.assistant.web.SettingsViews.QuietHoursView;
import io.vectort.assistant.web.SettingsViews.SettingsView;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.InvalidRequestException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/settings")
class SettingsController {

    private final AssistantSettingsStore settings;

    SettingsController(AssistantSettingsStore settings) {
        this.settings = settings;
    }

    @Operation(summary = "My Assistant settings: time zone and quiet hours")
    @UserAccess
    @GetMapping
    SettingsView get(AuthenticatedUser user) {
        return SettingsView.from(settings.get(user.id()));
    }

    @Operation(summary = "Replace my Assistant settings")
    @UserAccess
    @PutMapping
    SettingsView replace(AuthenticatedUser user, @RequestBody SettingsView body) {
        if (body.timeZone() == null) {
            throw new InvalidRequestException("timeZone", "required", "must be an IANA time zone such as Europe/Paris");
        }
        ZoneId zone = TimeZones.parse("timeZone", body.timeZone());
        Optional<QuietHours> quiet = Optional.ofNullable(body.quietHours()).map(SettingsController::quietHours);
        return SettingsView.from(settings.replace(user.id(), new AssistantSettings(zone, quiet)));
    }

    private static QuietHours quietHours(QuietHoursView view) {
        return new QuietHours(time("quietHours.start", view.start()), time("quietHours.end", view.end()));
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.length() > 8) {
            throw invalidTime(field);
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw invalidTime(field);
        }
    }

    private static InvalidRequestException invalidTime(String field) {
        return new InvalidRequestException(field, "invalid-time", "must be a local time such as 22:00");
    }
}
