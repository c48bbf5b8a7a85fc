package io.vectort.assistant.planning;

import io.vectort.assistant.settings.CheckInKind;
import io.vectort.assistant.understanding.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plans and reviews in a few short lines, English or French. Calm on purpose, for people with ADHD:
 * one first step, no "overdue" shouting (a task waiting since before is "carried over"), and a
 * review that counts what was done, never what was not.
 */
final class PlanText {

    private PlanText() {}

    /** The title of a pushed check-in, as a phone shows it above the text. */
    static String pushTitle(CheckInKind kind, Language language) {
        boolean fr = language == Language.FR;
        return kind == CheckInKind.MORNING_PLAN
                ? (fr ? "Ton plan du jour" : "Your plan for today")
                : (fr ? "Ta journée en bref" : "Your day in short");
    }

    static String morning(
            Language language, List<PlanTask> tasks, List<PlanReminder> reminders, @Nullable String firstStep) {
        boolean fr = language == Language.FR;
        if (tasks.isEmpty() && reminders.isEmpty()) {
            return fr ? "Rien de prévu aujourd’hui. Profitez-en." : "Nothing planned today. Enjoy it.";
        }
        List<String> lines = new ArrayList<>();
        if (!tasks.isEmpty()) {
            lines.add(
                    fr
                            ? "Aujourd’hui, " + things(tasks.size(), true) + " :"
                            : "Today, " + things(tasks.size(), false) + ":");
            for (int i = 0; i < tasks.size(); i++) {
                PlanTask task = tasks.get(i);
                String carried = PlanTask.OVERDUE.equals(task.reason()) ? (fr ? " (reporté)" : " (carried over)") : "";
                lines.add((i + 1) + ". " + task.title() + carried);
            }
        }
        if (!reminders.isEmpty()) {
            lines.add((fr ? "Rappels : " : "Reminders: ")
                    + reminders.stream()
                            .map(r -> r.localTime() + " " + r.text())
                            .collect(Collectors.joining(" · ")));
        }
        if (firstStep != null) {
            lines.add((fr ? "Premier pas : " : "First step: ") + firstStep);
        }
        return String.join("\n", lines);
    }

    /** "2 done today. Tomorrow starts with Pills at 09:00." — the one line a review opens with. */
    static String kindLine(Language language, int done, @Nullable PlanReminder tomorrowFirst) {
        boolean fr = language == Language.FR;
        String today;
        if (done == 0) {
            today = fr ? "Une journée calme, ça compte aussi." : "A quiet day counts too.";
        } else if (fr) {
            today = done == 1 ? "1 chose faite aujourd’hui." : done + " choses faites aujourd’hui.";
        } else {
            today = done + " done today.";
        }
        String tomorrow;
        if (tomorrowFirst == null) {
            tomorrow = fr ? "Demain est libre pour l’instant." : "Tomorrow is free so far.";
        } else {
            tomorrow = fr
                    ? "Demain commence par " + tomorrowFirst.text() + " à " + tomorrowFirst.localTime() + "."
                    : "Tomorrow starts with " + tomorrowFirst.text() + " at " + tomorrowFirst.localTime() + ".";
        }
        return today + " " + tomorrow;
    }

    static String evening(Language language, String kindLine, List<String> done, List<PlanTask> stillOpen) {
        boolean fr = language == Language.FR;
        List<String> lines = new ArrayList<>();
        lines.add(kindLine);
        if (!done.isEmpty()) {
            lines.add((fr ? "Fait : " : "Done: ") + String.join(", ", done));
        }
        if (!stillOpen.isEmpty()) {
            lines.add((fr ? "Encore ouvert, pour un autre jour : " : "Still open, for another day: ")
                    + stillOpen.stream().map(PlanTask::title).collect(Collectors.joining(", ")));
        }
        return String.join("\n", lines);
    }

    private static String things(int count, boolean fr) {
        if (fr) {
            return count == 1 ? "1 chose" : count + " choses";
        }
        return count == 1 ? "1 thing" : count + " things";
    }
}
