package io.vectort.assistant.understanding;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Turns what was said about time into moments in the user's zone. Local dates and times are
 * combined with {@link ZonedDateTime#of}: a time that does not exist on a spring-forward day moves
 * forward by the length of the gap, and a time that happens twice on a fall-back day is the first
 * one. Durations ("in 2 hours") are real elapsed time; days ("in 3 days") keep the clock time.
 */
final class Schedule {

    /** The time for a day named without one ("remind me friday"), and for repetitions without one. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    /** "later", "plus tard", "in a bit", and a reminder with no time at all. */
    static final Duration LATER = Duration.ofHours(1);

    /** A bare "snooze", like an alarm clock's. */
    static final Duration SNOOZE = Duration.ofMinutes(10);

    private Schedule() {}

    /** The one moment meant, if any; a day alone ("friday") means {@link #DEFAULT_TIME} that day. */
    static Optional<ZonedDateTime> moment(When when, ZonedDateTime now) {
        if (when.after != null) {
            ZonedDateTime at = now.plus(when.after);
            return Optional.of(when.afterDays == null ? at : at.plus(when.afterDays));
        }
        if (when.vague) {
            return Optional.of(now.plus(LATER));
        }
        LocalDate day = when.day();
        if (when.clock != null) {
            return Optional.of(
                    day == null || day.equals(when.today)
                            ? nextToday(when, when.clock, now)
                            : onDay(when, when.clock, day, now));
        }
        if (when.dayPart != null) {
            ZonedDateTime at = at(day == null ? when.today : day, when.dayPart.defaultTime(), now);
            return Optional.of(day == null && at.isBefore(now) ? at.plusDays(1) : at);
        }
        if (when.afterDays != null) {
            return Optional.of(now.plus(when.afterDays));
        }
        if (day != null) {
            ZonedDateTime at = at(day, DEFAULT_TIME, now);
            return Optional.of(at.isBefore(now) ? now.plus(LATER) : at);
        }
        return Optional.empty();
    }

    /** A task's due: a moment when one was said, else a day, else nothing. */
    static Optional<Due> due(When when, ZonedDateTime now) {
        if (when.hasMoment()) {
            return moment(when, now).map(Due.At::new);
        }
        LocalDate day = when.day();
        return Optional.ofNullable(day).map(Due.OnDate::new);
    }

    /**
     * The first occurrence of a repetition at or after now: the first allowed day, from the day
     * named or today, whose time has not passed. Repetitions within a day start one interval from now.
     */
    static ZonedDateTime firstOccurrence(When when, Recurrence recurrence, ZonedDateTime now) {
        if (recurrence.isWithinADay()) {
            Duration step = recurrence.frequency() == Recurrence.Frequency.HOURLY
                    ? Duration.ofHours(recurrence.interval())
                    : Duration.ofMinutes(recurrence.interval());
            return now.plus(step);
        }
        LocalTime time = timeOfRepetition(when);
        LocalDate start = when.day() == null ? when.today : when.day();
        for (LocalDate day = start; ; day = day.plusDays(1)) {
            if (recurrence.allows(day)) {
                ZonedDateTime at = at(day, time, now);
                if (!at.isBefore(now)) {
                    return at;
                }
            }
        }
    }

    private static LocalTime timeOfRepetition(When when) {
        if (when.clock != null) {
            return when.dayPart != null ? when.clock.within(when.dayPart) : when.clock.daytime();
        }
        return when.dayPart != null ? when.dayPart.defaultTime() : DEFAULT_TIME;
    }

    /**
     * A clock time for today: the next time the clock shows it. "at 9" said at 10:15 is 21:00
     * today; an unambiguous time already past, or both readings past, is tomorrow.
     */
    private static ZonedDateTime nextToday(When when, ClockTime clock, ZonedDateTime now) {
        if (when.dayPart != null) {
            ZonedDateTime at = at(when.today, clock.within(when.dayPart), now);
            return at.isBefore(now) ? at(when.today.plusDays(1), clock.within(when.dayPart), now) : at;
        }
        ZonedDateTime morning = at(when.today, clock.morning(), now);
        if (!morning.isBefore(now)) {
            return morning;
        }
        ZonedDateTime evening = at(when.today, clock.evening(), now);
        if (!evening.isBefore(now)) {
            return evening;
        }
        return at(when.today.plusDays(1), clock.daytime(), now);
    }

    private static ZonedDateTime onDay(When when, ClockTime clock, LocalDate day, ZonedDateTime now) {
        LocalTime time = when.dayPart != null ? clock.within(when.dayPart) : clock.daytime();
        return at(day, time, now);
    }

    private static ZonedDateTime at(LocalDate day, LocalTime time, ZonedDateTime now) {
        return ZonedDateTime.of(day, time, now.getZone());
    }
}
