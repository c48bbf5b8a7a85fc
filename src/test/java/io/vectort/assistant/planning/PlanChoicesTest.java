package io.vectort.assistant.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.reminders.Reminder;
import io.vectort.assistant.reminders.ReminderStatus;
import io.vectort.assistant.tasks.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanChoicesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // Friday 2026-03-27, 08:00 in Paris.
    private static final Instant NOW = Instant.parse("2026-03-27T07:00:00Z");

    @Test
    void overdueComesFirstThenDueTodayThenTheOldestUndatedAndNeverMoreThanThree() {
        List<Task> tasks = List.of(
                undated("Newest idea", "2026-03-26T10:00:00Z"),
                onDate("Groceries", LocalDate.parse("2026-03-27")),
                at("Dentist call", "2026-03-27T09:00:00Z"),
                onDate("Tax form", LocalDate.parse("2026-03-20")),
                undated("Oldest idea", "2026-01-01T10:00:00Z"),
                at("Reply to Léa", "2026-03-26T18:00:00Z"));

        List<PlanTask> chosen = PlanChoices.tasksFor(tasks, NOW, PARIS);

        assertThat(chosen).extracting(PlanTask::title).containsExactly("Tax form", "Reply to Léa", "Dentist call");
        assertThat(chosen).extracting(PlanTask::reason).containsExactly("overdue", "overdue", "due_today");
    }

    @Test
    void dueTodayGoesByTimeWithWholeDayTasksLastThenUndatedFillsUp() {
        List<Task> tasks = List.of(
                onDate("Groceries", LocalDate.parse("2026-03-27")),
                at("Dentist call", "2026-03-27T15:00:00Z"),
                undated("Read", "2026-03-01T10:00:00Z"),
                onDate("Next week", LocalDate.parse("2026-04-03")),
                done("Already done"));

        assertThat(PlanChoices.tasksFor(tasks, NOW, PARIS))
                .extracting(PlanTask::title)
                .containsExactly("Dentist call", "Groceries", "Read");
    }

    @Test
    void todayIsTheUsersLocalDay() {
        // 23:30 UTC on the 26th is already the 27th in Paris (00:30) but still the 26th in New York.
        Instant lateEvening = Instant.parse("2026-03-26T23:30:00Z");
        List<Task> tasks = List.of(onDate("Groceries", LocalDate.parse("2026-03-27")));

        assertThat(PlanChoices.tasksFor(tasks, lateEvening, PARIS)).hasSize(1);
        assertThat(PlanChoices.tasksFor(tasks, lateEvening, ZoneId.of("America/New_York")))
                .isEmpty();
    }

    @Test
    void remindersOfTheRestOfTheDayAreListedSoonestFirstWithLocalTimes() {
        Instant endOfDay = Instant.parse("2026-03-27T23:00:00Z");
        List<Reminder> reminders = List.of(
                reminder("Call Léa", "2026-03-27T13:00:00Z"),
                reminder("Pills", "2026-03-27T08:30:00Z"),
                reminder("Tomorrow's thing", "2026-03-28T08:00:00Z"));

        List<PlanReminder> today = PlanChoices.remindersBetween(reminders, NOW, endOfDay, PARIS);

        assertThat(today).extracting(PlanReminder::text).containsExactly("Pills", "Call Léa");
        assertThat(today).extracting(PlanReminder::localTime).containsExactly("09:30", "14:00");
    }

    private static Task at(String title, String dueAt) {
        return task(title, Instant.parse(dueAt), null, null, "2026-03-01T00:00:00Z");
    }

    private static Task onDate(String title, LocalDate date) {
        return task(title, null, date, null, "2026-03-01T00:00:00Z");
    }

    private static Task undated(String title, String createdAt) {
        return task(title, null, null, null, createdAt);
    }

    private static Task done(String title) {
        return task(title, null, null, Instant.parse("2026-03-26T10:00:00Z"), "2026-03-01T00:00:00Z");
    }

    private static Task task(String title, Instant dueAt, LocalDate dueDate, Instant doneAt, String createdAt) {
        Instant created = Instant.parse(createdAt);
        return new Task(
                UUID.randomUUID(),
                UUID.randomUUID(),
                title,
                "",
                dueAt,
                dueDate,
                doneAt,
                0,
                created,
                created,
                null,
                null,
                0);
    }

    private static Reminder reminder(String text, String nextAt) {
        Instant next = Instant.parse(nextAt);
        return new Reminder(
                UUID.randomUUID(),
                UUID.randomUUID(),
                text,
                null,
                PARIS,
                LocalDateTime.ofInstant(next, PARIS),
                next,
                next,
                null,
                ReminderStatus.ACTIVE,
                1,
                null,
                NOW);
    }
}
