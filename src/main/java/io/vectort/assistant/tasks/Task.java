package io.vectort.assistant.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One task on a user's list. At most one of {@code dueAt} (an instant) and {@code dueDate} (a day).
 *
 * @param estimateMinutes how long the user (or the Assistant, asked by them) thinks it takes
 * @param parentId the task this one is a small step of, when it was split
 * @param offeredCount how often "what now" offered it; a task offered again and again without
 *     being done is one to split
 */
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
        Instant updatedAt,
        @Nullable Integer estimateMinutes,
        @Nullable UUID parentId,
        int offeredCount) {

    public boolean done() {
        return doneAt != null;
    }
}
