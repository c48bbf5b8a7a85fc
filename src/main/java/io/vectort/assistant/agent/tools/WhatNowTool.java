package io.vectort.assistant.agent.tools;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.Reminder;
import io.vectort.assistant.tasks.AssistantTasks;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class WhatNowTool extends AssistantTool<WhatNowTool.Args> {

    record Args(@Nullable String energy, @Nullable Integer minutesAvailable) {
        Args {
            if (energy != null && !energy.matches("(?i)low|medium|high")) {
                throw new ToolArgumentException("energy must be low, medium or high");
            }
            if (minutesAvailable != null && (minutesAvailable < 1 || minutesAvailable > 1440)) {
                throw new ToolArgumentException("minutes_available must be between 1 and 1440");
            }
        }
    }

    private final AssistantTasks tasks;
    private final AssistantReminders reminders;

    WhatNowTool(AssistantTasks tasks, AssistantReminders reminders) {
        super(Args.class);
        this.tasks = tasks;
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "what_now";
    }

    @Override
    protected String description() {
        return "Pick ONE task for the user to do now, from due dates, the energy and time they say they"
                + " have, and how often a task was put off. Offer only that one thing. When"
                + " suggest_split is true, offer to split it into small steps instead.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .choice("energy", "how the user says they feel, if they said", "low", "medium", "high")
                .integer("minutes_available", "time the user says they have, if they said", 1, 1440, false)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        NextTaskChoice.Energy energy = args.energy() == null
                ? NextTaskChoice.Energy.MEDIUM
                : NextTaskChoice.Energy.valueOf(args.energy().toUpperCase(Locale.ROOT));
        OptionalInt minutes =
                args.minutesAvailable() == null ? OptionalInt.empty() : OptionalInt.of(args.minutesAvailable());
        Optional<NextTaskChoice.Choice> choice =
                NextTaskChoice.choose(tasks.list(scope.userId(), false), scope.now(), energy, minutes);
        if (choice.isPresent()) {
            tasks.markOffered(scope.userId(), choice.get().task().id());
            ObjectNode output = ToolJson.ok().put("suggest_split", choice.get().suggestSplit());
            output.set("task", TaskJson.of(choice.get().task(), scope.now()));
            output.set("why", ToolJson.MAPPER.valueToTree(choice.get().reasons()));
            return new ToolResult(output, Step.done(name(), choice.get().task().title(), null));
        }
        Optional<Reminder> next = reminders.list(scope.userId(), false).stream()
                .filter(r -> r.fireAt() != null)
                .min(Comparator.comparing(Reminder::fireAt));
        ObjectNode output = ToolJson.ok().put("nothing_open", true);
        next.ifPresent(r -> output.set("next_reminder", ReminderJson.of(r, scope.now())));
        return new ToolResult(output, Step.done(name(), null, null));
    }
}
