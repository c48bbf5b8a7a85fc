package io.vectort.assistant.understanding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A repetition heard in a message ("every weekday", "tous les 2 jours"), as an RFC 5545 RRULE. */
record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> days, Optional<Integer> monthDay) {

    enum Frequency {
        MINUTELY,
        HOURLY,
        DAILY,
        WEEKLY,
        MONTHLY,
        YEARLY
    }

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    Recurrence {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    static Recurrence every(Frequency frequency, int interval) {
        return new Recurrence(frequency, interval, Set.of(), Optional.empty());
    }

    static Recurrence weeklyOn(Set<DayOfWeek> days, int interval) {
        return new Recurrence(Frequency.WEEKLY, interval, days, Optional.empty());
    }

    static Recurrence monthlyOn(int day) {
        return new Recurrence(Frequency.MONTHLY, 1, Set.of(), Optional.of(day));
    }

    Recurrence on(DayOfWeek day) {
        return new Recurrence(frequency, interval, Set.of(day), monthDay);
    }

    boolean isWithinADay() {
        return frequency == Frequency.MINUTELY || frequency == Frequency.HOURLY;
    }

    /** Whether an occurrence may fall on that day; the interval counts from the first one. */
    boolean allows(LocalDate date) {
        if (!days.isEmpty() && !days.contains(date.getDayOfWeek())) {
            return false;
        }
        return monthDay.map(day -> date.getDayOfMonth() == day).orElse(true);
    }

    String rrule() {
        var rule = new StringBuilder("FREQ=").append(frequency.name());
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!days.isEmpty()) {
            rule.append(";BYDAY=")
                    .append(EnumSet.copyOf(days).stream()
                            .map(day -> day.name().substring(0, 2))
                            .collect(Collectors.joining(",")));
        }
        monthDay.ifPresent(day -> rule.append(";BYMONTHDAY=").append(day));
        return rule.toString();
    }
}
