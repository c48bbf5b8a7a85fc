package io.vectort.assistant.understanding;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What a message asks the Assistant to do. Every command carries the language it was written in,
 * so that the reply can use it.
 */
public sealed interface Command {

    Language language();

    /** Add a task to the user's list, optionally due on a day or at a moment. */
    record AddTask(Language language, String title, Optional<Due> due) implements Command {}

    /**
     * Remind the user of {@code text} at {@code firstAt}, then, when {@code rrule} is present, at
     * every later occurrence of that RFC 5545 rule taken with {@code firstAt} as its DTSTART in
     * {@code firstAt}'s zone.
     */
    record AddReminder(Language language, String text, ZonedDateTime firstAt, Optional<String> rrule)
            implements Command {}

    record ListTasks(Language language) implements Command {}

    record ListReminders(Language language) implements Command {}

    /**
     * Mark a task done. The reference is what the user typed to name it — a number from the last
     * list ("2") or words of its title ("l'appel") — and is absent for a bare "done", which means
     * the task or reminder the user was last nudged about.
     */
    record CompleteTask(Language language, Optional<String> reference) implements Command {}

    /** Snooze a reminder: the one named by {@code reference}, or the latest one when absent. */
    record Snooze(Language language, Postponement postponement, Optional<String> reference) implements Command {}

    /** Store a fact about the user, in their words ("my sister is Léa"). */
    record Remember(Language language, String fact) implements Command {}

    /** Forget what the user said about something. */
    record Forget(Language language, String about) implements Command {}

    /** Suggest the one thing to do now. */
    record WhatsNext(Language language) implements Command {}

    /** Explain what can be asked (greetings land here too). */
    record Help(Language language) implements Command {}

    /** Nothing the rules recognise; the reply should show examples, never guess. */
    record NotUnderstood(Language language, String message) implements Command {}
}
