package io.vectort.assistant.planning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The morning plan: at most three open tasks for today (overdue first, then due today, then the
 * oldest undated), today's remaining reminders, and one first step.
 *
 * @param firstStep the one thing to start with (the first task, else the first reminder); null
 *     when the day is empty
 * @param text the plan in a few short lines, in the user's language
 */
public record DailyPlan(
        LocalDate date,
        List<PlanTask> tasks,
        List<PlanReminder> reminders,
        @Nullable String firstStep,
        String language,
        String text) {}
