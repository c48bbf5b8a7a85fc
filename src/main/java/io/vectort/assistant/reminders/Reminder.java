package io.vectort.assistant.reminders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reminder. {@code startsLocal} is the first occurrence as a wall-clock time in {@code timeZone};
 * {@code nextAt} the next occurrence of the series; {@code fireAt} when it is actually delivered
 * (after quiet hours, or the snooze time). Both are null once it is done or cancelled.
 */
public record Reminder(
        UUID id,
        UUID userId,
        String text,
        @Nullable String rrule,
        ZoneId timeZone,
        LocalDateTime startsLocal,
        @Nullable Instant nextAt,
        @Nullable Instant fireAt,
        @Nullable Instant snoozedUntil,
        ReminderStatus status,
        int scheduleVersion,
        @Nullable Instant lastFiredAt,
        Instant createdAt) {

    public boolean recurring() {
        return rrule != null;
    }
}
