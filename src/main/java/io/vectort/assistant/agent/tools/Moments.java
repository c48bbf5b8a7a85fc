package io.vectort.assistant.agent.tools;

import io.vectort.assistant.understanding.TimeExpressions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Times as a model writes them in tool arguments: ISO ({@code 2026-12-05T09:00}, local to the user;
 * with an offset or {@code Z}, absolute; {@code 2026-12-05}, a whole day) or the user's own words
 * ("tomorrow at 9", "dans 20 minutes", "every monday at 8"), read by the same rules as the commands.
 */
final class Moments {

    /** A moment (and, for a repetition, its rule) or a whole day. */
    sealed interface Moment {
        record At(ZonedDateTime at, Optional<String> rrule) implements Moment {}

        record Day(LocalDate day) implements Moment {}
    }

    private Moments() {}

    static Moment parse(String field, String text, ZonedDateTime now) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new ToolArgumentException(field + " is empty");
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Moment.Day(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                LocalDateTime local = LocalDateTime.parse(value.replace(' ', 'T'));
                return new Moment.At(ZonedDateTime.of(local, now.getZone()), Optional.empty());
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*([zZ]|[+-]\\d{2}:?\\d{2})")) {
                ZonedDateTime at = OffsetDateTime.parse(value).atZoneSameInstant(now.getZone());
                return new Moment.At(at, Optional.empty());
            }
        } catch (DateTimeParseException e) {
            throw new ToolArgumentException(field + " is not a valid date or time: " + value);
        }
        return TimeExpressions.resolve(value, now)
                .<Moment>map(r -> new Moment.At(r.firstAt(), r.rrule()))
                .orElseThrow(() -> new ToolArgumentException(field + " is not a time I understand: \"" + value
                        + "\"; use ISO 8601 local time like 2026-12-05T09:00"));
    }

    /** A moment (never just a day): a day alone means 09:00 that day, as for the commands. */
    static Moment.At moment(String field, String text, ZonedDateTime now) {
        return switch (parse(field, text, now)) {
            case Moment.At at -> at;
            case Moment.Day day ->
                new Moment.At(ZonedDateTime.of(day.day().atTime(9, 0), now.getZone()), Optional.empty());
        };
    }
}
