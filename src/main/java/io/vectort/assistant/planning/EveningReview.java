package io.vectort.assistant.planning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evening review: what got done today (tasks completed, reminders acknowledged), what is still
 * open (at most three), tomorrow's first reminder, and one kind line — never a count of what was
 * not done.
 *
 * @param text the review in a few short lines, in the user's language, starting with {@code kindLine}
 */
public record EveningReview(
        LocalDate date,
        List<String> tasksDone,
        List<String> remindersAcknowledged,
        List<PlanTask> stillOpen,
        @Nullable PlanReminder tomorrowFirst,
        String kindLine,
        String language,
        String text) {

    public int doneCount() {
        return tasksDone.size() + remindersAcknowledged.size();
    }
}
