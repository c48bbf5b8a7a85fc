package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class CompleteTaskTool extends AssistantTool<CompleteTaskTool.Args> {

    record Args(String task) {
        Args {
            if (task == null || task.isBlank()) {
                throw new ToolArgumentException("task is required: its id, its number n, or words of its title");
            }
        }
    }

    private final AssistantTasks tasks;

    CompleteTaskTool(AssistantTasks tasks) {
        super(Args.class);
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "complete_task";
    }

    @Override
    protected String description() {
        return "Mark an open task done.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("task", "the task's id, its number n from list_tasks, or words of its title", true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Task task = TaskJson.open(tasks, scope.userId(), args.task());
        Task done = tasks.complete(scope.userId(), task.id());
        return new ToolResult(
                ToolJson.ok().set("task", TaskJson.of(done, scope.now())), Step.done(name(), done.title(), null));
    }
}
