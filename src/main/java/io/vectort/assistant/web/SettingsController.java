package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.email.EmailAvailability;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.settings.Channels;
import io.vectort.assistant.settings.CheckIns;
import io.vectort.assistant.settings.QuietHours;
import io.vectort.assistant.settings.TimeZones;
import io.vectort.assistant.sms.SmsPhones;
import io.vectort.assistant.understanding.Language;
import io.vectort.assistant.web.SettingsViews.ChannelsView;
import io.vectort.assistant.web.SettingsViews.CheckInsView;
import io.vectort.assistant.web.SettingsViews.QuietHoursView;
import io.vectort.assistant.web.SettingsViews.SettingsView;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.InvalidRequestException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/settings")
class SettingsController {

    private final AssistantSettingsStore settings;
    private final EmailAvailability email;
    private final SmsPhones phones;

    SettingsController(AssistantSettingsStore settings, EmailAvailability email, SmsPhones phones) {
        this.settings = settings;
        this.email = email;
        this.phones = phones;
    }

    @Operation(summary = "My Assistant settings: time zone, quiet hours, language, channels, check-ins")
    @UserAccess
    @GetMapping
    SettingsView get(AuthenticatedUser user) {
        return view(user, settings.get(user.id()));
    }

    @Operation(summary = "Replace my Assistant settings (absent channels, check-ins or language stay as saved)")
    @UserAccess
    @PutMapping
    SettingsView replace(
            AuthenticatedUser user,
            @RequestBody SettingsView body,
            @RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
        if (body.timeZone() == null) {
            throw new InvalidRequestException("timeZone", "required", "must be an IANA time zone such as Europe/Paris");
        }
        ZoneId zone = TimeZones.parse("timeZone", body.timeZone());
        Optional<QuietHours> quiet = Optional.ofNullable(body.quietHours()).map(SettingsController::quietHours);
        AssistantSettings saved = settings.get(user.id());
        Channels channels = channels(body.channels(), saved.channels());
        if (channels.email() && !saved.channels().email() && !email.configured()) {
            throw new InvalidRequestException(
                    "channels.email", "unavailable", "email is not set up on this server (no SMTP)");
        }
        if (channels.sms() && !saved.channels().sms() && !phones.reachable(user.id())) {
            throw new InvalidRequestException(
                    "channels.sms", "phone-not-verified", "verify your phone first (or text START if you texted STOP)");
        }
        CheckIns checkIns = body.checkIns() == null ? saved.checkIns() : checkIns(body.checkIns());
        Optional<Language> language = body.language() != null
                ? Optional.of(SettingsViews.language(body.language())
                        .orElseThrow(() -> new InvalidRequestException("language", "unsupported", "must be en or fr")))
                : fromHeader(acceptLanguage);
        return view(
                user, settings.replace(user.id(), new AssistantSettings(zone, quiet, channels, language, checkIns)));
    }

    private SettingsView view(AuthenticatedUser user, AssistantSettings s) {
        return SettingsView.from(s, email.configured(), email.verified(user.id()), phones.reachable(user.id()));
    }

    private static Channels channels(@Nullable ChannelsView view, Channels saved) {
        if (view == null) {
            return saved;
        }
        return new Channels(
                view.email() == null ? saved.email() : view.email(),
                view.push() == null ? saved.push() : view.push(),
                view.sms() == null ? saved.sms() : view.sms());
    }

    private static CheckIns checkIns(CheckInsView view) {
        return new CheckIns(
                Optional.ofNullable(view.morningPlanAt()).map(text -> time("checkIns.morningPlanAt", text)),
                Optional.ofNullable(view.eveningCheckInAt()).map(text -> time("checkIns.eveningCheckInAt", text)));
    }

    /** The first of English and French the browser asks for; a header we cannot read says nothing. */
    private static Optional<Language> fromHeader(@Nullable String header) {
        if (header == null || header.isBlank() || header.length() > 200) {
            return Optional.empty();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.ENGLISH, Locale.FRENCH));
            return match == null ? Optional.empty() : SettingsViews.language(match.getLanguage());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static QuietHours quietHours(QuietHoursView view) {
        return new QuietHours(time("quietHours.start", view.start()), time("quietHours.end", view.end()));
    }

    private static LocalTime time(String field, @Nullable String text) {
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
