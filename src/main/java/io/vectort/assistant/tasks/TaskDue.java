package io.vectort.assistant.tasks;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When a task is due: at an instant, on a whole day, or not at all. */
public record TaskDue(@Nullable Instant at, @Nullable LocalDate on) {

    public static final TaskDue NONE = new TaskDue(null, null);

    public static TaskDue at(Instant at) {
        return new TaskDue(at, null);
    }

    public static TaskDue on(LocalDate on) {
        return new TaskDue(null, on);
    }
}
