package io.vectort.assistant.agent.tools;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.Reminder;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class ListRemindersTool extends AssistantTool<ListRemindersTool.Args> {

    static final int MAX_LISTED = 50;

    record Args() {}

    private final AssistantReminders reminders;

    ListRemindersTool(AssistantReminders reminders) {
        super(Args.class);
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "list_reminders";
    }

    @Override
    protected String description() {
        return "The user's active reminders, soonest first, with ids, next time and repetition.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of().build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        List<Reminder> active = reminders.list(scope.userId(), false);
        ArrayNode items = ToolJson.array();
        active.stream().limit(MAX_LISTED).forEach(r -> items.add(ReminderJson.of(r, scope.now())));
        ObjectNode output = ToolJson.ok().put("count", active.size());
        output.set("reminders", items);
        return new ToolResult(output, Step.done(name(), null, null));
    }
}
