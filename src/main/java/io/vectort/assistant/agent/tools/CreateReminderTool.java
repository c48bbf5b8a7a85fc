package io.vectort.assistant.agent.tools;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.Reminder;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class CreateReminderTool extends AssistantTool<CreateReminderTool.Args> {

    record Args(String text, String at, @Nullable String repeat) {
        Args {
            if (text == null || text.isBlank()) {
                throw new ToolArgumentException("text is required");
            }
            if (at == null || at.isBlank()) {
                throw new ToolArgumentException("at is required");
            }
        }
    }

    private final AssistantReminders reminders;

    CreateReminderTool(AssistantReminders reminders) {
        super(Args.class);
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "create_reminder";
    }

    @Override
    protected String description() {
        return "Nudge the user at a time, once or repeating. The user's words for the time work as they"
                + " are (\"in 20 minutes\", \"tomorrow at 9\", \"every weekday at 7:30\"), so pass them"
                + " through rather than computing a date yourself.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("text", "what to remind, short, in the user's language", true)
                .string(
                        "at",
                        "when: the user's words (\"in 20 minutes\", \"every monday at 8\") or a local"
                                + " ISO time (2026-12-05T09:00)",
                        true)
                .string(
                        "repeat",
                        "optional RFC 5545 rule (FREQ=WEEKLY;BYDAY=MO) when 'at' is a single first time",
                        false)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Moments.Moment.At at = Moments.moment("at", args.at(), scope.now());
        Optional<String> rrule = args.repeat() != null && !args.repeat().isBlank()
                ? Optional.of(args.repeat().strip().replaceFirst("^RRULE:", ""))
                : at.rrule();
        if (rrule.isEmpty() && !at.at().isAfter(scope.now())) {
            throw new ToolArgumentException(
                    "that time has passed: " + ToolJson.local(at.at().toInstant(), scope.now()));
        }
        Reminder reminder = reminders.create(
                scope.userId(), args.text(), at.at().toLocalDateTime(), at.at().getZone(), rrule);
        return new ToolResult(
                ToolJson.ok().set("reminder", ReminderJson.of(reminder, scope.now())),
                Step.done(name(), reminder.text(), reminder.fireAt()));
    }
}
