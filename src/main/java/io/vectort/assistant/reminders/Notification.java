package io.vectort.assistant.reminders;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An in-app notification: one nudge as the web app shows it. */
public record Notification(
        UUID id,
        UUID reminderId,
        String text,
        Instant occurrenceAt,
        int escalationStep,
        Instant firedAt,
        @Nullable Instant acknowledgedAt) {}
