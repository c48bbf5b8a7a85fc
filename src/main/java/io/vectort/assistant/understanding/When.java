package io.vectort.assistant.understanding;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a message said about time, collected by {@link WhenParser} before {@link Schedule}
 * turns it into moments, plus where in the folded text it was said (to cut it from titles).
 */
final class When {

    final LocalDate today;
    final Language language;
    /** "03/12" is March 12 for English speakers in the Americas, 3 December elsewhere. */
    final boolean monthFirstDates;

    final List<Span> spans = new ArrayList<>();

    @Nullable
    LocalDate date;

    @Nullable
    DayOfWeek weekday;

    /** "this friday" may be today; "friday" and "next friday" are after today. */
    boolean weekdayMayBeToday;

    @Nullable
    ClockTime clock;

    @Nullable
    DayPart dayPart;

    @Nullable
    Duration after;

    @Nullable
    Period afterDays;

    /** "later", "in a bit": no amount given. */
    boolean vague;

    @Nullable
    Recurrence recurrence;

    When(LocalDate today, Language language, boolean monthFirstDates) {
        this.today = today;
        this.language = language;
        this.monthFirstDates = monthFirstDates;
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Whether it names a moment within a day, not just a day. */
    boolean hasMoment() {
        return clock != null || dayPart != null || after != null || vague;
    }

    /** The day named, if any: a date, then a weekday, then a number of days from today. */
    @Nullable
    LocalDate day() {
        if (date != null) {
            return date;
        }
        if (weekday != null) {
            LocalDate next = today.plusDays(1);
            while (next.getDayOfWeek() != weekday) {
                next = next.plusDays(1);
            }
            return weekdayMayBeToday && today.getDayOfWeek() == weekday ? today : next;
        }
        return afterDays == null ? null : today.plus(afterDays);
    }

    record Span(int start, int end) {
        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }
}
