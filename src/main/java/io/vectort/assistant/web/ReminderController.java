package io.vectort.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.settings.DateTimeInput;
import io.vectort.assistant.settings.TimeZones;
import io.vectort.assistant.web.ReminderViews.CreateReminder;
import io.vectort.assistant.web.ReminderViews.ReminderList;
import io.vectort.assistant.web.ReminderViews.ReminderView;
import io.vectort.assistant.web.ReminderViews.SnoozeReminder;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/reminders")
class ReminderController {

    static final int MAX_SNOOZE_MINUTES = 525_600;

    private final AssistantReminders reminders;
    private final AssistantSettingsStore settings;

    ReminderController(AssistantReminders reminders, AssistantSettingsStore settings) {
        this.reminders = reminders;
        this.settings = settings;
    }

    @Operation(summary = "My active reminders by firing time, then (with includeFinished) done and cancelled ones")
    @UserAccess
    @GetMapping
    ReminderList list(AuthenticatedUser user, @RequestParam(defaultValue = "false") boolean includeFinished) {
        return new ReminderList(reminders.list(user.id(), includeFinished).stream()
                .map(ReminderView::from)
                .toList());
    }

    @Operation(summary = "Create a one-off or recurring (RRULE) reminder")
    @UserAccess
    @PostMapping
    ResponseEntity<ReminderView> create(AuthenticatedUser user, @RequestBody CreateReminder body) {
        if (body.text() == null || body.at() == null) {
            throw new InvalidRequestException(
                    List.of(new FieldViolation(body.text() == null ? "text" : "at", "required", "must not be empty")));
        }
        ZoneId zone = body.timeZone() == null
                ? settings.get(user.id()).timeZone()
                : TimeZones.parse("timeZone", body.timeZone());
        ReminderView created = ReminderView.from(reminders.create(
                user.id(),
                body.text(),
                DateTimeInput.wallClock("at", body.at(), zone),
                zone,
                Optional.ofNullable(body.rrule())));
        return ResponseEntity.created(URI.create("/api/v1/assistant/reminders/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One reminder")
    @UserAccess
    @GetMapping("/{id}")
    ReminderView get(AuthenticatedUser user, @PathVariable UUID id) {
        return ReminderView.from(reminders.get(user.id(), id));
    }

    @Operation(summary = "Deliver the reminder again later: {minutes} from now or {until} a date-time")
    @UserAccess
    @PostMapping("/{id}/snooze")
    ReminderView snooze(AuthenticatedUser user, @PathVariable UUID id, @RequestBody SnoozeReminder body) {
        Instant until;
        if (body.minutes() != null && body.until() == null) {
            if (body.minutes() < 1 || body.minutes() > MAX_SNOOZE_MINUTES) {
                throw new InvalidRequestException(
                        "minutes", "out-of-range", "must be between 1 and " + MAX_SNOOZE_MINUTES);
            }
            until = Instant.now().plusSeconds(60L * body.minutes());
        } else if (body.until() != null && body.minutes() == null) {
            until = DateTimeInput.instant(
                    "until", body.until(), settings.get(user.id()).timeZone());
        } else {
            throw new InvalidRequestException("minutes", "one-required", "give either minutes or until");
        }
        return ReminderView.from(reminders.snooze(user.id(), id, until));
    }

    @Operation(summary = "Cancel a reminder: nothing fires any more")
    @UserAccess
    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(AuthenticatedUser user, @PathVariable UUID id) {
        reminders.cancel(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
