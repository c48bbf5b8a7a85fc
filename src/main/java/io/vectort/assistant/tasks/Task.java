package io.vectort.assistant.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One task on a user's list. At most one of {@code dueAt} (an instant) and {@code dueDate} (a day). */
public record Task(
        UUID id,
        UUID userId,
        String title,
        String notes,
        @Nullable Instant dueAt,
        @Nullable LocalDate dueDate,
        @Nullable Instant doneAt,
        long position,
        Instant createdAt,
        Instant updatedAt) {

    public boolean done() {
        return doneAt != null;
    }
}
