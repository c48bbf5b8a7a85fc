package io.vectort.assistant.understanding;

import io.vectort.assistant.understanding.Command.AddReminder;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A reminder from its text and what was said about time. */
final class Reminders {

    private Reminders() {}

    /** Without any time, a reminder comes back {@link Schedule#LATER}: it must fire some time. */
    static Command of(Language language, String text, When when, ZonedDateTime now) {
        Recurrence recurrence = when.recurrence;
        if (recurrence == null) {
            ZonedDateTime at = Schedule.moment(when, now).orElse(now.plus(Schedule.LATER));
            return new AddReminder(language, text, at, Optional.empty());
        }
        if (recurrence.frequency() == Recurrence.Frequency.WEEKLY
                && recurrence.days().isEmpty()
                && when.weekday != null) {
            // "every week on friday": the day belongs to the repetition, not to its start.
            recurrence = recurrence.on(when.weekday);
            when.weekday = null;
        }
        ZonedDateTime first = Schedule.firstOccurrence(when, recurrence, now);
        return new AddReminder(language, text, first, Optional.of(recurrence.rrule()));
    }
}
