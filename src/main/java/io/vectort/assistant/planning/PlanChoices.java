package io.vectort.assistant.planning;

import io.vectort.assistant.reminders.Reminder;
import io.vectort.assistant.reminders.ReminderStatus;
import io.vectort.assistant.tasks.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a plan shows, chosen without I/O so that it can be tested on its own. "Today" is the local
 * day of {@code now} in the user's zone.
 */
final class PlanChoices {

    static final int MAX_TASKS = 3;
    static final int MAX_REMINDERS = 10;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private PlanChoices() {}

    /**
     * At most three open tasks: overdue ones first (the longest waiting first), then those due
     * today (by time, whole-day ones last), then the oldest undated ones. Tasks due on a later day
     * wait for that day.
     */
    static List<PlanTask> tasksFor(List<Task> tasks, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<Task> allOpen = tasks.stream().filter(t -> !t.done()).toList();
        // A task split into steps is done through them: its first open step takes its place.
        Map<UUID, Task> firstStep = new HashMap<>();
        allOpen.stream()
                .filter(t -> t.parentId() != null)
                .sorted(Comparator.comparingLong(Task::position))
                .forEach(step -> firstStep.putIfAbsent(step.parentId(), step));
        List<Task> open = allOpen.stream().filter(t -> t.parentId() == null).toList();
        List<PlanTask> chosen = new ArrayList<>();
        open.stream()
                .filter(t -> overdue(t, now, today))
                .sorted(Comparator.comparing((Task t) -> dueStart(t, zone)))
                .forEach(t -> chosen.add(new PlanTask(t.id(), t.title(), PlanTask.OVERDUE)));
        open.stream()
                .filter(t -> !overdue(t, now, today) && dueToday(t, today, endOfToday))
                .sorted(Comparator.comparing((Task t) -> t.dueAt() == null ? endOfToday : t.dueAt()))
                .forEach(t -> chosen.add(new PlanTask(t.id(), t.title(), PlanTask.DUE_TODAY)));
        open.stream()
                .filter(t -> t.dueAt() == null && t.dueDate() == null)
                .sorted(Comparator.comparing(Task::createdAt))
                .forEach(t -> chosen.add(new PlanTask(t.id(), t.title(), PlanTask.UNDATED)));
        return chosen.stream()
                .map(p -> Optional.ofNullable(firstStep.get(p.id()))
                        .map(step -> new PlanTask(step.id(), step.title(), p.reason()))
                        .orElse(p))
                .limit(MAX_TASKS)
                .toList();
    }

    /** Active reminders whose next time falls in {@code [from, to)}, soonest first. */
    static List<PlanReminder> remindersBetween(List<Reminder> reminders, Instant from, Instant to, ZoneId zone) {
        return reminders.stream()
                .filter(r -> r.status() == ReminderStatus.ACTIVE)
                .flatMap(r -> nextTime(r).stream()
                        .filter(at -> !at.isBefore(from) && at.isBefore(to))
                        .map(at -> new PlanReminder(r.id(), r.text(), at, CLOCK.format(at.atZone(zone)))))
                .sorted(Comparator.comparing(PlanReminder::at))
                .limit(MAX_REMINDERS)
                .toList();
    }

    /** Titles of the tasks completed in {@code [from, to)}, in the order they were done. */
    static List<String> doneBetween(List<Task> tasks, Instant from, Instant to) {
        return tasks.stream()
                .filter(t -> t.doneAt() != null
                        && !t.doneAt().isBefore(from)
                        && t.doneAt().isBefore(to))
                .sorted(Comparator.comparing(Task::doneAt))
                .map(Task::title)
                .toList();
    }

    /** When the reminder rings next: a snooze wins over the series' own time. */
    private static Optional<Instant> nextTime(Reminder reminder) {
        return Optional.ofNullable(reminder.snoozedUntil() != null ? reminder.snoozedUntil() : reminder.nextAt());
    }

    private static boolean overdue(Task task, Instant now, LocalDate today) {
        return (task.dueAt() != null && task.dueAt().isBefore(now))
                || (task.dueDate() != null && task.dueDate().isBefore(today));
    }

    private static boolean dueToday(Task task, LocalDate today, Instant endOfToday) {
        return (task.dueAt() != null && task.dueAt().isBefore(endOfToday)) || today.equals(task.dueDate());
    }

    private static Instant dueStart(Task task, ZoneId zone) {
        return task.dueAt() != null
                ? task.dueAt()
                : task.dueDate().atStartOfDay(zone).toInstant();
    }
}
