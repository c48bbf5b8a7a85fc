package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import java.time.ZonedDateTime;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Tasks as the model sees them, and tasks as the model names them. */
final class TaskJson {

    private TaskJson() {}

    static ObjectNode of(Task task, ZonedDateTime now) {
        ObjectNode node = ToolJson.object().put("id", task.id().toString()).put("title", task.title());
        if (task.dueAt() != null) {
            node.put("due", ToolJson.local(task.dueAt(), now));
        } else if (task.dueDate() != null) {
            node.put("due", ToolJson.day(task.dueDate()));
        }
        if (task.estimateMinutes() != null) {
            node.put("estimate_minutes", task.estimateMinutes());
        }
        if (task.parentId() != null) {
            node.put("step_of", task.parentId().toString());
        }
        if (!task.notes().isEmpty()) {
            node.put("notes", task.notes());
        }
        if (task.done()) {
            node.put("done", true);
        }
        return node;
    }

    /** The open task a reference names (id, number in the open list, or words), or a clear refusal. */
    static Task open(AssistantTasks tasks, UUID userId, String reference) {
        return tasks.findOpen(userId, reference)
                .orElseThrow(() -> new ToolArgumentException(
                        "no open task matches \"" + reference + "\"; call list_tasks to see them"));
    }
}
