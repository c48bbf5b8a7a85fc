package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class SplitTaskTool extends AssistantTool<SplitTaskTool.Args> {

    record Args(String task, List<String> steps) {
        Args {
            if (task == null || task.isBlank()) {
                throw new ToolArgumentException("task is required");
            }
            if (steps == null || steps.isEmpty() || steps.size() > 8) {
                throw new ToolArgumentException("steps must hold 1 to 8 small steps");
            }
            steps = List.copyOf(steps);
        }
    }

    private final AssistantTasks tasks;

    SplitTaskTool(AssistantTasks tasks) {
        super(Args.class);
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "split_task";
    }

    @Override
    protected String description() {
        return "Break a daunting task into small concrete steps (each doable in 5 to 15 minutes, the"
                + " first one trivially easy to start). The steps become tasks right after it.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("task", "the task's id, its number n, or words of its title", true)
                .strings("steps", "the steps in order, each starting with a verb", 1, 8, true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Task task = TaskJson.open(tasks, scope.userId(), args.task());
        List<Task> steps = tasks.split(scope.userId(), task.id(), args.steps());
        ArrayNode created = ToolJson.array();
        steps.forEach(step -> created.add(TaskJson.of(step, scope.now())));
        ObjectNode output = ToolJson.ok().put("task", task.title());
        output.set("steps", created);
        return new ToolResult(output, Step.done(name(), task.title(), null));
    }
}
