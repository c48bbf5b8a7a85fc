package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class ListTasksTool extends AssistantTool<ListTasksTool.Args> {

    /** Enough to choose from; a long list is what overwhelms the user in the first place. */
    static final int MAX_LISTED = 50;

    record Args(@Nullable Boolean includeDone) {}

    private final AssistantTasks tasks;

    ListTasksTool(AssistantTasks tasks) {
        super(Args.class);
        this.tasks = tasks;
    }

    @Override
    public String name() {
        return "list_tasks";
    }

    @Override
    protected String description() {
        return "The user's open tasks in list order (number n = position in the open list), with ids,"
                + " due times, estimates and which task a step belongs to.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .bool("include_done", "also the finished ones, most recent first")
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        List<Task> all = tasks.list(scope.userId(), Boolean.TRUE.equals(args.includeDone()));
        ArrayNode items = ToolJson.array();
        int n = 0;
        for (Task task : all.subList(0, Math.min(all.size(), MAX_LISTED))) {
            ObjectNode item = TaskJson.of(task, scope.now());
            if (!task.done()) {
                item.put("n", ++n);
            }
            items.add(item);
        }
        ObjectNode output = ToolJson.ok().put("count", all.size());
        output.set("tasks", items);
        return new ToolResult(output, Step.done(name(), null, null));
    }
}
