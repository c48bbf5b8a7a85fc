package io.vectort.assistant.understanding;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A clock time as written. "9" or "9:30" could be morning or evening, so those stay ambiguous
 * until a day part, a date or the current time decides (see {@link Schedule}); "19:30", "07:30",
 * "7h30", "7pm" and "noon" are not.
 */
record ClockTime(int hour, int minute, boolean ambiguous) {

    static Optional<ClockTime> parse(String hourText, int minute, String meridiem, boolean hSuffix) {
        int hour = Integer.parseInt(hourText);
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        if (!meridiem.isEmpty()) {
            if (hour == 0 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = meridiem.startsWith("p");
            int converted = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            return Optional.of(new ClockTime(converted, minute, false));
        }
        // French writes the 24-hour clock with an "h" ("7h" is 7 in the morning); a leading zero
        // ("07:30") and hours 0 and 12-23 are unambiguous too.
        boolean ambiguous = !hSuffix && !hourText.startsWith("0") && hour >= 1 && hour <= 11;
        return Optional.of(new ClockTime(hour, minute, ambiguous));
    }

    static ClockTime exactly(int hour, int minute) {
        return new ClockTime(hour, minute, false);
    }

    LocalTime morning() {
        return LocalTime.of(hour, minute);
    }

    LocalTime evening() {
        return ambiguous ? LocalTime.of(hour + 12, minute) : morning();
    }

    /**
     * The reading for a day that is not today: people mean waking hours, so 7-11 are the morning
     * and 1-6 the afternoon ("tomorrow at 3" is 15:00, "every day at 8" is 08:00).
     */
    LocalTime daytime() {
        return ambiguous && hour <= 6 ? evening() : morning();
    }

    LocalTime within(DayPart part) {
        return ambiguous && part.isAfterNoon() ? evening() : morning();
    }
}
