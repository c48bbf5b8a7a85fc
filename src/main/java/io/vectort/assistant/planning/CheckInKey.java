package io.vectort.assistant.planning;

import io.vectort.assistant.settings.CheckInKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** A check-in delivery job's id: {@code <user>/<kind>/<local date>}, the check-in row's key. */
record CheckInKey(UUID userId, CheckInKind kind, LocalDate date) {

    static String of(UUID userId, CheckInKind kind, LocalDate date) {
        return userId + "/" + kind.code() + "/" + date;
    }

    static Optional<CheckInKey> parse(String jobId) {
        String[] parts = jobId.split("/", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckInKey(
                    UUID.fromString(parts[0]), CheckInKind.fromCode(parts[1]), LocalDate.parse(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
