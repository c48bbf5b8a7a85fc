package io.vectort.assistant.agent.tools;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.reminders.Reminder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class SnoozeReminderTool extends AssistantTool<SnoozeReminderTool.Args> {

    record Args(
            @Nullable String reminder,
            @Nullable Integer minutes,
            @Nullable String until) {
        Args {
            if ((minutes == null) == (until == null || until.isBlank())) {
                throw new ToolArgumentException("give either minutes or until");
            }
            if (minutes != null && (minutes < 1 || minutes > 525_600)) {
                throw new ToolArgumentException("minutes must be between 1 and 525600");
            }
        }
    }

    private final AssistantReminders reminders;
    private final InAppNotifications notifications;

    SnoozeReminderTool(AssistantReminders reminders, InAppNotifications notifications) {
        super(Args.class);
        this.reminders = reminders;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "snooze_reminder";
    }

    @Override
    protected String description() {
        return "Deliver a reminder again later. Without 'reminder', the one that just nudged the user.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("reminder", "optional: its id or words of its text", false)
                .integer("minutes", "snooze this many minutes", 1, 525_600, false)
                .string("until", "or until this time: the user's words or a local ISO time", false)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Reminder reminder = ReminderJson.find(reminders, notifications, scope.userId(), args.reminder());
        Instant until = args.minutes() != null
                ? scope.now().toInstant().plusSeconds(60L * args.minutes())
                : Moments.moment("until", args.until(), scope.now()).at().toInstant();
        Reminder snoozed = reminders.snooze(scope.userId(), reminder.id(), until);
        return new ToolResult(
                ToolJson.ok().set("reminder", ReminderJson.of(snoozed, scope.now())),
                Step.done(name(), snoozed.text(), until));
    }
}
