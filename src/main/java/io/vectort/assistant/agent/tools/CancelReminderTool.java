package io.vectort.assistant.agent.tools;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.reminders.Reminder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class CancelReminderTool extends AssistantTool<CancelReminderTool.Args> {

    record Args(String reminder) {
        Args {
            if (reminder == null || reminder.isBlank()) {
                throw new ToolArgumentException("reminder is required: its id or words of its text");
            }
        }
    }

    private final AssistantReminders reminders;
    private final InAppNotifications notifications;

    CancelReminderTool(AssistantReminders reminders, InAppNotifications notifications) {
        super(Args.class);
        this.reminders = reminders;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "cancel_reminder";
    }

    @Override
    protected String description() {
        return "Stop a reminder for good (a repeating one stops repeating). Only when the user asks.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("reminder", "its id or words of its text", true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Reminder reminder = ReminderJson.find(reminders, notifications, scope.userId(), args.reminder());
        Reminder cancelled = reminders.cancel(scope.userId(), reminder.id());
        return new ToolResult(
                ToolJson.ok().set("reminder", ReminderJson.of(cancelled, scope.now())),
                Step.done(name(), cancelled.text(), null));
    }
}
