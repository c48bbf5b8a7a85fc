package io.vectort.assistant.agent.tools;

import io.vectort.assistant.tasks.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Picks the one task to do now, by rules a person can follow: what is overdue or due soon first;
 * then what fits the time the user has; on low energy something short, or a small step of a
 * bigger task; a task offered several times and still not done is better split than offered again.
 * Pure: the same list at the same time gives the same choice.
 */
final class NextTaskChoice {

    enum Energy {
        LOW,
        MEDIUM,
        HIGH
    }

    /** Offered this often without being done: the task is too big or too vague to start. */
    static final int AVOIDED_AFTER = 3;

    record Choice(Task task, List<String> reasons, boolean suggestSplit) {}

    private NextTaskChoice() {}

    static Optional<Choice> choose(List<Task> open, ZonedDateTime now, Energy energy, OptionalInt minutesAvailable) {
        // A task that was split is done through its steps: offer the steps, not the whole.
        Set<UUID> withOpenSteps = open.stream()
                .filter(t -> t.parentId() != null)
                .map(Task::parentId)
                .collect(Collectors.toSet());
        return open.stream()
                .filter(t -> !t.done() && !withOpenSteps.contains(t.id()))
                .map(t -> score(t, now, energy, minutesAvailable))
                .max(Comparator.comparingInt(Scored::points)
                        .thenComparing(s -> -s.task().position()))
                .map(s -> new Choice(
                        s.task(),
                        s.reasons(),
                        s.task().offeredCount() >= AVOIDED_AFTER && s.task().parentId() == null));
    }

    private record Scored(Task task, int points, List<String> reasons) {}

    private static Scored score(Task task, ZonedDateTime now, Energy energy, OptionalInt minutesAvailable) {
        int points = 0;
        List<String> reasons = new java.util.ArrayList<>();
        Optional<Instant> due = dueMoment(task, now);
        if (due.isPresent()) {
            Duration left = Duration.between(now.toInstant(), due.get());
            if (left.isNegative()) {
                points += 100;
                reasons.add("overdue");
            } else if (left.compareTo(Duration.ofHours(24)) <= 0 || sameDay(task, now)) {
                points += 60;
                reasons.add("due today");
            } else if (left.compareTo(Duration.ofDays(3)) <= 0) {
                points += 30;
                reasons.add("due soon");
            } else {
                points += 5;
            }
        }
        Integer estimate = task.estimateMinutes();
        if (minutesAvailable.isPresent() && estimate != null) {
            if (estimate <= minutesAvailable.getAsInt()) {
                points += 20;
                reasons.add("fits in " + minutesAvailable.getAsInt() + " min");
            } else {
                points -= 80;
            }
        }
        if (energy == Energy.LOW) {
            if (task.parentId() != null || (estimate != null && estimate <= 15)) {
                points += 25;
                reasons.add("small");
            } else if (estimate != null && estimate > 60) {
                points -= 30;
            }
        } else if (energy == Energy.HIGH && estimate != null && estimate >= 30) {
            points += 10;
            reasons.add("a bigger one while energy is high");
        }
        if (task.parentId() != null) {
            points += 5;
        }
        points -= 10 * Math.min(task.offeredCount(), 5);
        return new Scored(task, points, List.copyOf(reasons));
    }

    private static Optional<Instant> dueMoment(Task task, ZonedDateTime now) {
        if (task.dueAt() != null) {
            return Optional.of(task.dueAt());
        }
        if (task.dueDate() != null) {
            // A task due on a day is late once that day is over.
            return Optional.of(
                    task.dueDate().plusDays(1).atStartOfDay(now.getZone()).toInstant());
        }
        return Optional.empty();
    }

    private static boolean sameDay(Task task, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        return today.equals(task.dueDate())
                || (task.dueAt() != null
                        && task.dueAt().atZone(now.getZone()).toLocalDate().equals(today));
    }
}
