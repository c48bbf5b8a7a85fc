package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class EstimateTaskTool extends AssistantTool<EstimateTaskTool.Args> {

    record Args(String task, int minutes) {
        Args {
            if (task == null || task.isBlank()) {
                throw new ToolArgumentException("task is required");
            }
            if (minutes < 1 || minutes > 1440) {
                throw new ToolArgumentException("minutes must be between 1 and 1440");
            }
        }
    }

    private final AssistantTasks tasks;

    EstimateTaskTool(AssistantTasks tasks) {
        super(Args.class);
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "estimate_task";
    }

    @Override
    protected String description() {
        return "Record how many minutes a task takes (the user's estimate, or yours when they ask);"
                + " what_now uses it to fit tasks into the time the user has.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("task", "the task's id, its number n, or words of its title", true)
                .integer("minutes", "realistic duration, padded for getting started", 1, 1440, true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Task task = TaskJson.open(tasks, scope.userId(), args.task());
        Task estimated = tasks.estimate(scope.userId(), task.id(), args.minutes());
        return new ToolResult(
                ToolJson.ok().set("task", TaskJson.of(estimated, scope.now())),
                Step.done(name(), estimated.title(), null));
    }
}
