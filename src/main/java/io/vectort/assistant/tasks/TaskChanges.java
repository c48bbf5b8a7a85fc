package io.vectort.assistant.tasks;

import java.util.Optional;

/** A partial update of a task: empty fields stay as they are. */
public record TaskChanges(
        Optional<String> title, Optional<String> notes, Optional<TaskDue> due, Optional<Boolean> done) {

    public static TaskChanges complete() {
        return new TaskChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));
    }
}
