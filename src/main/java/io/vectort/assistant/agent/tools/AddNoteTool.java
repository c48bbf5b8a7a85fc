package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import io.vectort.assistant.tasks.TaskChanges;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** Notes belong to a task (a phone number to call, what to bring); facts about the user go to memory. */
@Component
class AddNoteTool extends AssistantTool<AddNoteTool.Args> {

    record Args(String task, String note) {
        Args {
            if (task == null || task.isBlank()) {
                throw new ToolArgumentException("task is required; facts about the user go to remember instead");
            }
            if (note == null || note.isBlank()) {
                throw new ToolArgumentException("note is required");
            }
        }
    }

    private final AssistantTasks tasks;

    AddNoteTool(AssistantTasks tasks) {
        super(Args.class);
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "add_note";
    }

    @Override
    protected String description() {
        return "Add a note to a task (details needed to do it: a number, an address, what to bring)."
                + " Notes are appended, never replaced.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("task", "the task's id, its number n, or words of its title", true)
                .string("note", "the note", true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Task task = TaskJson.open(tasks, scope.userId(), args.task());
        String notes = task.notes().isEmpty()
                ? args.note().strip()
                : task.notes() + "\n" + args.note().strip();
        Task noted = tasks.update(
                scope.userId(),
                task.id(),
                new TaskChanges(Optional.empty(), Optional.of(notes), Optional.empty(), Optional.empty()));
        return new ToolResult(
                ToolJson.ok().set("task", TaskJson.of(noted, scope.now())), Step.done(name(), noted.title(), null));
    }
}
