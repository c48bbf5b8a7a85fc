package io.vectort.assistant.settings;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily interval of local wall-clock time, {@code start} inclusive and {@code end} exclusive,
 * that may wrap midnight (22:00–07:00). Equal bounds mean no quiet time at all.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * {@code moment} itself when it is outside quiet hours in {@code zone}, else the end of the
     * quiet hours it falls in. When {@code end} is a skipped local time (a DST gap) the first valid
     * instant after it is used.
     */
    public Instant deferred(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return moment;
        }
        ZonedDateTime end = local.toLocalDate().atTime(this.end).atZone(zone);
        if (!end.isAfter(local)) {
            end = local.toLocalDate().plusDays(1).atTime(this.end).atZone(zone);
        }
        return end.toInstant();
    }
}
