package io.vectort.assistant.email;

import io.vectort.assistant.settings.CheckInKind;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What an email is about, as the text that keys its delivery row and names its job:
 * {@code reminder/<reminder>/<occurrence epoch ms>/<step>} or
 * {@code check-in/<user>/<kind>/<occurrence epoch ms>}.
 */
sealed interface EmailKey {

    String text();

    record Reminder(UUID reminderId, Instant occurrenceAt, int step) implements EmailKey {
        @Override
        public String text() {
            return "reminder/" + reminderId + "/" + occurrenceAt.toEpochMilli() + "/" + step;
        }
    }

    record CheckIn(UUID userId, CheckInKind kind, Instant occurrenceAt) implements EmailKey {
        @Override
        public String text() {
            return "check-in/" + userId + "/" + kind.code() + "/" + occurrenceAt.toEpochMilli();
        }
    }

    static EmailKey reminder(UUID reminderId, Instant occurrenceAt, int step) {
        return new Reminder(reminderId, occurrenceAt, step);
    }

    static EmailKey checkIn(UUID userId, CheckInKind kind, Instant occurrenceAt) {
        return new CheckIn(userId, kind, occurrenceAt);
    }

    /** The key a job id names; empty for a malformed one. */
    static Optional<EmailKey> parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return switch (parts[0]) {
                case "reminder" ->
                    Optional.of(reminder(
                            UUID.fromString(parts[1]),
                            Instant.ofEpochMilli(Long.parseLong(parts[2])),
                            Integer.parseInt(parts[3])));
                case "check-in" ->
                    Optional.of(checkIn(
                            UUID.fromString(parts[1]),
                            CheckInKind.fromCode(parts[2]),
                            Instant.ofEpochMilli(Long.parseLong(parts[3]))));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
