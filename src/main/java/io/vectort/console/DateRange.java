package io.vectort.console;

import io.vectort.shared.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;

/** The UTC days a console page covers: the last {@code days}, today included. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public static DateRange lastDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("days", "out-of-range", "must be 1 to " + MAX_DAYS);
        }
        LocalDate today = LocalDate.now(Clock.systemUTC());
        return new DateRange(today.minusDays(days - 1L), today);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
