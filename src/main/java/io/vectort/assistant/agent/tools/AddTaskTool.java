package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import io.vectort.assistant.tasks.TaskDue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class AddTaskTool extends AssistantTool<AddTaskTool.Args> {

    record Args(
            String title,
            @Nullable String due,
            @Nullable String notes,
            @Nullable Integer estimateMinutes) {
        Args {
            if (title == null || title.isBlank()) {
                throw new ToolArgumentException("title is required");
            }
        }
    }

    private final AssistantTasks tasks;

    AddTaskTool(AssistantTasks tasks) {
        super(Args.class);
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "add_task";
    }

    @Override
    protected String description() {
        return "Add a task to the user's list. Use for things to do without a fixed alarm; use"
                + " create_reminder when the user wants to be nudged at a time.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("title", "short, starts with a verb, in the user's language", true)
                .string("due", "optional: a day (2026-12-05), a local time (2026-12-05T15:00) or words (friday)", false)
                .string("notes", "optional details", false)
                .integer("estimate_minutes", "optional: how long it takes", 1, 1440, false)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        TaskDue due = args.due() == null || args.due().isBlank()
                ? TaskDue.NONE
                : switch (Moments.parse("due", args.due(), scope.now())) {
                    case Moments.Moment.Day day -> TaskDue.on(day.day());
                    case Moments.Moment.At at -> {
                        if (at.rrule().isPresent()) {
                            throw new ToolArgumentException("tasks do not repeat; use create_reminder for that");
                        }
                        yield TaskDue.at(at.at().toInstant());
                    }
                };
        Task task = tasks.add(scope.userId(), args.title(), args.notes() == null ? "" : args.notes(), due);
        if (args.estimateMinutes() != null) {
            task = tasks.estimate(scope.userId(), task.id(), args.estimateMinutes());
        }
        return new ToolResult(
                ToolJson.ok().set("task", TaskJson.of(task, scope.now())),
                Step.done(name(), task.title(), task.dueAt()));
    }
}
