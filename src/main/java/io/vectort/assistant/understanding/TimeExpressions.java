package io.vectort.assistant.understanding;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Natural time expressions alone ("tomorrow at 9", "dans 20 minutes", "every weekday at 7:30"),
 * read by the same rules as the commands, for callers that already know what to do and only need
 * the moment — the agent's time tool, so that a model never does date arithmetic by itself.
 */
public final class TimeExpressions {

    /** Longer than any time expression; a sentence is not a time. */
    static final int MAX_LENGTH = 120;

    private TimeExpressions() {}

    /**
     * A moment and, for a repetition, its RFC 5545 rule (DTSTART = {@code firstAt}).
     *
     * @param firstAt the moment, or the first occurrence at or after now, in now's zone
     */
    public record Resolved(ZonedDateTime firstAt, Optional<String> rrule) {}

    /**
     * Reads {@code expression} at {@code now} (the user's current time in their zone). Empty when it
     * is not wholly a time: words left over that are not about time make it a sentence, not a time.
     */
    public static Optional<Resolved> resolve(String expression, ZonedDateTime now) {
        if (expression.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        NormalizedText text = NormalizedText.of(expression);
        String folded = text.text();
        if (folded.isBlank()) {
            return Optional.empty();
        }
        Language language = LanguageGuess.of(text);
        When when = new When(now.toLocalDate(), language, DateOrder.monthFirst(language, now.getZone()));
        WhenParser.parse(folded, 0, folded.length(), when, false);
        if (when.spans.isEmpty()
                || !Leftover.of(text, 0, folded.length(), when.spans).isEmpty()) {
            return Optional.empty();
        }
        if (when.recurrence == null) {
            return Schedule.moment(when, now).map(at -> new Resolved(at, Optional.empty()));
        }
        return Reminders.of(language, "-", when, now) instanceof Command.AddReminder reminder
                ? Optional.of(new Resolved(reminder.firstAt(), reminder.rrule()))
                : Optional.empty();
    }
}
