package io.vectort.assistant.reminders;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An in-app notification: one nudge as the web app shows it. {@code kind} is {@code reminder} (with
 * its {@code reminderId}), or a daily check-in — {@code morning_plan}, {@code evening_review} —
 * without a reminder, whose {@code text} is the whole plan or review.
 */
public record Notification(
        UUID id,
        String kind,
        @Nullable UUID reminderId,
        String text,
        Instant occurrenceAt,
        int escalationStep,
        Instant firedAt,
        @Nullable Instant acknowledgedAt) {

    public static final String REMINDER = "reminder";
}
