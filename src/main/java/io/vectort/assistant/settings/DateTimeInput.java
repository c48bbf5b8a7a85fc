package io.vectort.assistant.settings;

import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Dates and times as users send them: ISO-8601 with an offset ("2026-03-29T08:00+02:00", "...Z"),
 * or local ("2026-03-29T08:00"), read in the user's time zone.
 */
public final class DateTimeInput {

    private static final int MAX_LENGTH = 64;

    private DateTimeInput() {}

    /** The instant {@code text} names; a local time is read in {@code zone}. */
    public static Instant instant(String field, String text, ZoneId zone) {
        return localOrOffset(field, text, zone).toInstant();
    }

    /**
     * The wall-clock time {@code text} names in {@code zone}: a local time as given, a time with an
     * offset converted to that zone.
     */
    public static LocalDateTime wallClock(String field, String text, ZoneId zone) {
        return localOrOffset(field, text, zone).atZoneSameInstant(zone).toLocalDateTime();
    }

    /** True when {@code text} is a plain date ("2026-03-29"), i.e. a whole day. */
    public static boolean isDate(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    private static OffsetDateTime localOrOffset(String field, String text, ZoneId zone) {
        if (text.length() > MAX_LENGTH) {
            throw invalid(field);
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw invalid(field);
            }
        }
    }

    private static InvalidRequestException invalid(String field) {
        return new InvalidRequestException(
                field,
                "invalid-date-time",
                "must be an ISO-8601 date-time, with an offset (2026-03-29T08:00+02:00) or local"
                        + " (2026-03-29T08:00, read in your time zone)");
    }
}
