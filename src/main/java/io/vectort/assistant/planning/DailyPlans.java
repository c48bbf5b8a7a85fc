package io.vectort.assistant.planning;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.reminders.Reminder;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import io.vectort.assistant.understanding.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The morning plan and the evening review of one user, in their time zone and language (from the
 * Assistant settings; English when none was chosen). Read-only: nothing is changed by asking.
 */
@Service
public class DailyPlans {

    private final AssistantTasks tasks;
    private final AssistantReminders reminders;
    private final InAppNotifications notifications;
    private final AssistantSettingsStore settings;

    DailyPlans(
            AssistantTasks tasks,
            AssistantReminders reminders,
            InAppNotifications notifications,
            AssistantSettingsStore settings) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.notifications = notifications;
        this.settings = settings;
    }

    public DailyPlan morningPlan(UUID userId, Instant now) {
        AssistantSettings userSettings = settings.get(userId);
        ZoneId zone = userSettings.timeZone();
        Language language = userSettings.languageOrEnglish();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<PlanTask> chosen = PlanChoices.tasksFor(tasks.list(userId, false), now, zone);
        List<PlanReminder> todays = PlanChoices.remindersBetween(
                reminders.list(userId, false), now, startOf(today.plusDays(1), zone), zone);
        String firstStep = !chosen.isEmpty()
                ? chosen.get(0).title()
                : todays.isEmpty() ? null : todays.get(0).text();
        return new DailyPlan(
                today,
                chosen,
                todays,
                firstStep,
                language.code(),
                PlanText.morning(language, chosen, todays, firstStep));
    }

    public EveningReview eveningReview(UUID userId, Instant now) {
        AssistantSettings userSettings = settings.get(userId);
        ZoneId zone = userSettings.timeZone();
        Language language = userSettings.languageOrEnglish();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant startOfToday = startOf(today, zone);
        List<Task> all = tasks.list(userId, true);
        List<String> done = PlanChoices.doneBetween(all, startOfToday, now);
        List<String> acknowledged = notifications.remindersAcknowledged(userId, startOfToday, now);
        List<PlanTask> stillOpen = PlanChoices.tasksFor(all, now, zone);
        List<Reminder> active = reminders.list(userId, false);
        PlanReminder tomorrowFirst = PlanChoices.remindersBetween(
                        active, startOf(today.plusDays(1), zone), startOf(today.plusDays(2), zone), zone)
                .stream()
                .findFirst()
                .orElse(null);
        String kindLine = PlanText.kindLine(language, done.size() + acknowledged.size(), tomorrowFirst);
        List<String> everythingDone = new ArrayList<>(done);
        everythingDone.addAll(acknowledged);
        return new EveningReview(
                today,
                done,
                acknowledged,
                stillOpen,
                tomorrowFirst,
                kindLine,
                language.code(),
                PlanText.evening(language, kindLine, everythingDone, stillOpen));
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
