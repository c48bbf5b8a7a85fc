package io.vectort.assistant.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored RRULE as a feed must write it. Our rules are expanded on wall-clock time, so their UNTIL
 * is local ("UNTIL=20260401T080000", or a day); RFC 5545 wants UNTIL in UTC when DTSTART has a TZID,
 * and strict clients (Outlook) drop a series otherwise. Everything else is copied unchanged.
 */
final class FeedRules {

    private static final Pattern LOCAL_UNTIL = Pattern.compile("UNTIL=([0-9]{8})(T([0-9]{6}))?(?![0-9TZ])");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private FeedRules() {}

    /** {@code rrule} with a local UNTIL moved to UTC in {@code zone}; a day means its last second. */
    static String forZone(String rrule, ZoneId zone) {
        Matcher until = LOCAL_UNTIL.matcher(rrule);
        if (!until.find()) {
            return rrule;
        }
        LocalDate day = LocalDate.parse(until.group(1), DAY);
        LocalTime time = until.group(3) == null ? LocalTime.of(23, 59, 59) : LocalTime.parse(until.group(3), TIME);
        String utc = LocalDateTime.of(day, time)
                .atZone(zone)
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(UTC);
        return rrule.substring(0, until.start()) + "UNTIL=" + utc + rrule.substring(until.end());
    }
}
