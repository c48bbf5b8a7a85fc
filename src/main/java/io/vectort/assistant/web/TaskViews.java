package io.vectort.assistant.web;

import io.vectort.assistant.tasks.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the task endpoints. */
final class TaskViews {

    private TaskViews() {}

    /**
     * @param due a day ("2026-03-29"), or a date-time with an offset or local (read in the user's
     *     time zone); absent for none
     */
    record CreateTask(
            @Nullable String title,
            @Nullable String notes,
            @Nullable String due) {}

    /** Absent fields stay as they are; {@code due: ""} removes the due date. */
    record UpdateTask(
            @Nullable String title,
            @Nullable String notes,
            @Nullable String due,
            @Nullable Boolean done) {}

    record TaskView(
            UUID id,
            String title,
            String notes,
            @Nullable Instant dueAt,
            @Nullable LocalDate dueDate,
            boolean done,
            @Nullable Instant doneAt,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Integer estimateMinutes,
            @Nullable UUID parentId) {
        static TaskView from(Task t) {
            return new TaskView(
                    t.id(),
                    t.title(),
                    t.notes(),
                    t.dueAt(),
                    t.dueDate(),
                    t.done(),
                    t.doneAt(),
                    t.createdAt(),
                    t.updatedAt(),
                    t.estimateMinutes(),
                    t.parentId());
        }
    }

    record TaskList(List<TaskView> items) {}
}
