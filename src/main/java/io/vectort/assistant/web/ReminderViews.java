package io.vectort.assistant.web;

import io.vectort.assistant.reminders.Notification;
import io.vectort.assistant.reminders.Reminder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the reminder and notification endpoints. */
final class ReminderViews {

    private ReminderViews() {}

    /**
     * @param at the first occurrence: a date-time with an offset, or local (read in {@code timeZone})
     * @param rrule an RFC 5545 recurrence rule ("FREQ=WEEKLY;BYDAY=MO"); absent for a one-off
     * @param timeZone IANA zone the reminder's local times follow; default: the user's
     */
    record CreateReminder(
            @Nullable String text,
            @Nullable String at,
            @Nullable String rrule,
            @Nullable String timeZone) {}

    /** Exactly one of them: minutes from now (1 to 525,600), or a date-time. */
    record SnoozeReminder(
            @Nullable Integer minutes, @Nullable String until) {}

    /**
     * @param startsAt the first occurrence, local time in {@code timeZone}
     * @param nextAt the series' next occurrence; {@code fireAt} when it will actually be delivered
     *     (after quiet hours, or the snooze time)
     */
    record ReminderView(
            UUID id,
            String text,
            @Nullable String rrule,
            String timeZone,
            LocalDateTime startsAt,
            @Nullable Instant nextAt,
            @Nullable Instant fireAt,
            @Nullable Instant snoozedUntil,
            String status,
            @Nullable Instant lastFiredAt,
            Instant createdAt) {
        static ReminderView from(Reminder r) {
            return new ReminderView(
                    r.id(),
                    r.text(),
                    r.rrule(),
                    r.timeZone().getId(),
                    r.startsLocal(),
                    r.nextAt(),
                    r.fireAt(),
                    r.snoozedUntil(),
                    r.status().name().toLowerCase(Locale.ROOT),
                    r.lastFiredAt(),
                    r.createdAt());
        }
    }

    record ReminderList(List<ReminderView> items) {}

    /** {@code escalationStep} 0 is the reminder itself, 1 its single gentler repeat. */
    /** {@code kind}: reminder, morning_plan or evening_review; a check-in has no reminderId. */
    record NotificationView(
            UUID id,
            String kind,
            @Nullable UUID reminderId,
            String text,
            Instant occurrenceAt,
            int escalationStep,
            Instant firedAt,
            @Nullable Instant acknowledgedAt) {
        static NotificationView from(Notification n) {
            return new NotificationView(
                    n.id(),
                    n.kind(),
                    n.reminderId(),
                    n.text(),
                    n.occurrenceAt(),
                    n.escalationStep(),
                    n.firedAt(),
                    n.acknowledgedAt());
        }
    }

    record NotificationList(List<NotificationView> items) {}
}
