package io.vectort.assistant.conversations;

import io.vectort.assistant.memory.AssistantMemory;
import io.vectort.assistant.memory.Memory;
import io.vectort.assistant.memory.Remember;
import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.reminders.Notification;
import io.vectort.assistant.reminders.Reminder;
import io.vectort.assistant.tasks.AssistantTasks;
import io.vectort.assistant.tasks.Task;
import io.vectort.assistant.tasks.TaskDue;
import io.vectort.assistant.understanding.Command;
import io.vectort.assistant.understanding.Due;
import io.vectort.assistant.understanding.Language;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Carries out a command the rules understood and says what was done, briefly, in the user's
 * language: one actionable thing at a time. No model is involved (the replies say so).
 */
@Component
class OfflineReplies {

    private final AssistantTasks tasks;
    private final AssistantReminders reminders;
    private final InAppNotifications notifications;
    private final AssistantMemory memory;

    OfflineReplies(
            AssistantTasks tasks,
            AssistantReminders reminders,
            InAppNotifications notifications,
            AssistantMemory memory) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.notifications = notifications;
        this.memory = memory;
    }

    Reply carryOut(UUID userId, Command command, ZonedDateTime now) {
        Language lang = command.language();
        return switch (command) {
            case Command.AddTask add -> addTask(userId, add, lang, now);
            case Command.AddReminder add -> addReminder(userId, add, lang);
            case Command.ListTasks list -> listTasks(userId, lang);
            case Command.ListReminders list -> listReminders(userId, lang, now);
            case Command.CompleteTask done -> complete(userId, done, lang);
            case Command.Snooze snooze -> snooze(userId, snooze, lang, now);
            case Command.Remember remember -> {
                memory.remember(userId, Remember.explicit(remember.fact()));
                yield new Reply(
                        "remember", say(lang, "Got it, I'll remember: ", "Noté, je retiens : ") + remember.fact());
            }
            case Command.Forget forget -> forget(userId, forget, lang);
            case Command.WhatsNext next -> whatsNext(userId, lang, now);
            case Command.Help help -> new Reply("help", examples(lang));
            case Command.NotUnderstood unknown ->
                new Reply(
                        "not_understood",
                        say(lang, "Sorry, I didn't get that. ", "Désolé, je n'ai pas compris. ") + examples(lang));
        };
    }

    private Reply addTask(UUID userId, Command.AddTask add, Language lang, ZonedDateTime now) {
        TaskDue due = add.due()
                .map(d ->
                        d instanceof Due.At at ? TaskDue.at(at.at().toInstant()) : TaskDue.on(((Due.OnDate) d).date()))
                .orElse(TaskDue.NONE);
        Task task = tasks.add(userId, add.title(), "", due);
        String when = task.dueAt() != null
                ? say(lang, " (due ", " (pour ") + moment(task.dueAt(), now, lang) + ")"
                : task.dueDate() != null ? say(lang, " (due ", " (pour le ") + task.dueDate() + ")" : "";
        return new Reply("add_task", say(lang, "Added: ", "Ajouté : ") + task.title() + when);
    }

    private Reply addReminder(UUID userId, Command.AddReminder add, Language lang) {
        ZonedDateTime at = add.firstAt();
        Reminder reminder = reminders.create(userId, add.text(), at.toLocalDateTime(), at.getZone(), add.rrule());
        String repeat = reminder.recurring() ? say(lang, ", repeating", ", et ensuite selon la répétition") : "";
        return new Reply(
                "add_reminder",
                say(lang, "I'll remind you: ", "Je te rappellerai : ") + reminder.text() + " — "
                        + moment(at.toInstant(), at, lang) + repeat);
    }

    private Reply listTasks(UUID userId, Language lang) {
        List<Task> open = tasks.list(userId, false);
        if (open.isEmpty()) {
            return new Reply("list_tasks", say(lang, "Your list is empty.", "Ta liste est vide."));
        }
        return new Reply(
                "list_tasks",
                IntStream.range(0, open.size())
                        .mapToObj(i -> (i + 1) + ". " + open.get(i).title())
                        .collect(Collectors.joining("\n")));
    }

    private Reply listReminders(UUID userId, Language lang, ZonedDateTime now) {
        List<Reminder> active = reminders.list(userId, false);
        if (active.isEmpty()) {
            return new Reply("list_reminders", say(lang, "No reminders.", "Aucun rappel."));
        }
        return new Reply(
                "list_reminders",
                active.stream()
                        .map(r -> "• " + r.text() + (r.fireAt() == null ? "" : " — " + moment(r.fireAt(), now, lang)))
                        .collect(Collectors.joining("\n")));
    }

    /** A number from the last list, or words of the title; a bare "done" acknowledges the last nudge. */
    private Reply complete(UUID userId, Command.CompleteTask done, Language lang) {
        if (done.reference().isEmpty()) {
            Optional<Notification> nudge = latestNudge(userId);
            if (nudge.isPresent()) {
                notifications.acknowledge(userId, nudge.get().id());
                return new Reply(
                        "complete",
                        say(lang, "Well done: ", "Bravo : ") + nudge.get().text());
            }
            return new Reply(
                    "complete",
                    say(
                            lang,
                            "Which one? Send its number from your list.",
                            "Laquelle ? Envoie son numéro dans ta liste."));
        }
        Optional<Task> task = tasks.findOpen(userId, done.reference().get());
        if (task.isEmpty()) {
            return new Reply("complete", say(lang, "I couldn't find that task.", "Je n'ai pas trouvé cette tâche."));
        }
        tasks.complete(userId, task.get().id());
        return new Reply(
                "complete", say(lang, "Done: ", "C'est fait : ") + task.get().title());
    }

    private Reply snooze(UUID userId, Command.Snooze snooze, Language lang, ZonedDateTime now) {
        Optional<UUID> reminderId = snooze.reference()
                .flatMap(words -> reminders.list(userId, false).stream()
                        .filter(r -> r.text().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)))
                        .map(Reminder::id)
                        .findFirst())
                .or(() -> notifications.lastUnacknowledgedReminder(userId));
        if (reminderId.isEmpty()) {
            return new Reply("snooze", say(lang, "There is nothing to snooze.", "Il n'y a rien à repousser."));
        }
        ZonedDateTime until = snooze.postponement().wakeAt(now);
        Reminder reminder = reminders.snooze(userId, reminderId.get(), until.toInstant());
        return new Reply(
                "snooze",
                say(lang, "Snoozed until ", "Repoussé à ") + moment(until.toInstant(), now, lang) + ": "
                        + reminder.text());
    }

    private Reply forget(UUID userId, Command.Forget forget, Language lang) {
        List<Memory> forgotten = memory.forget(userId, forget.about());
        if (forgotten.isEmpty()) {
            return new Reply("forget", say(lang, "I had nothing about that.", "Je n'avais rien là-dessus."));
        }
        return new Reply(
                "forget",
                say(lang, "Forgotten: ", "Oublié : ")
                        + forgotten.stream().map(Memory::fact).collect(Collectors.joining("; ")));
    }

    /** The one open task due soonest, else the first one on the list, else the next reminder. */
    private Reply whatsNext(UUID userId, Language lang, ZonedDateTime now) {
        List<Task> open = tasks.list(userId, false);
        Optional<Task> next = open.stream()
                .filter(t -> t.dueAt() != null || t.dueDate() != null)
                .min(Comparator.comparing(t -> t.dueAt() != null
                        ? t.dueAt()
                        : t.dueDate().atStartOfDay(now.getZone()).toInstant()))
                .or(() -> open.stream().findFirst());
        if (next.isPresent()) {
            return new Reply(
                    "whats_next",
                    say(lang, "Just one thing: ", "Une seule chose : ")
                            + next.get().title());
        }
        return reminders.list(userId, false).stream()
                .filter(r -> r.fireAt() != null)
                .min(Comparator.comparing(Reminder::fireAt))
                .map(r -> new Reply(
                        "whats_next",
                        say(lang, "Nothing on your list. Next reminder: ", "Rien dans ta liste. Prochain rappel : ")
                                + r.text() + " — " + moment(r.fireAt(), now, lang)))
                .orElseGet(() -> new Reply(
                        "whats_next", say(lang, "Nothing planned. Take a break!", "Rien de prévu. Fais une pause !")));
    }

    private Optional<Notification> latestNudge(UUID userId) {
        return notifications.recent(userId, 1).stream()
                .filter(n -> n.acknowledgedAt() == null)
                .findFirst();
    }

    private static String moment(Instant at, ZonedDateTime now, Language lang) {
        ZonedDateTime local = at.atZone(now.getZone());
        Locale locale = lang == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
        return local.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }

    private static String examples(Language lang) {
        return say(
                lang,
                "Try: \"remind me to call the dentist tomorrow at 9\", \"add buy bread\", \"what's next\","
                        + " \"remember that my sister is Léa\".",
                "Essaie : « rappelle-moi d'appeler le dentiste demain à 9h », « ajoute acheter du pain »,"
                        + " « je fais quoi », « retiens que ma sœur s'appelle Léa ».");
    }

    private static String say(Language lang, String english, String french) {
        return lang == Language.FR ? french : english;
    }
}
