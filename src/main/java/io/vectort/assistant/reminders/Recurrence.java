package io.vectort.assistant.reminders;

import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * An RFC 5545 recurrence rule, expanded on wall-clock time and only then placed in a time zone.
 *
 * <p>lib-recur iterates "floating" local date-times, so a daily 08:00 rule yields 08:00 every day
 * whatever the offset; java.time then maps each to an instant. A local time skipped by a DST gap
 * (02:30 on the night clocks go forward) moves forward by the gap (03:30); a repeated one (the night
 * they go back) takes the earlier offset, so it fires once.
 */
public final class Recurrence {

    static final int MAX_LENGTH = 500;

    /** Instances looked at per question; a rule that matches nothing within them has no next one. */
    private static final int MAX_INSTANCES_SCANNED = 5_000;

    private final RecurrenceRule rule;
    private final String text;

    private Recurrence(RecurrenceRule rule, String text) {
        this.rule = rule;
        this.text = text;
    }

    /**
     * The rule {@code rrule} ("FREQ=DAILY;BYHOUR=8", an optional "RRULE:" prefix allowed). Rules more
     * frequent than hourly are refused: a reminder is for people, not a cron.
     */
    public static Recurrence parse(String rrule) {
        String body = rrule.trim();
        if (body.regionMatches(true, 0, "RRULE:", 0, 6)) {
            body = body.substring(6);
        }
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw invalid("must be an RFC 5545 RRULE of at most " + MAX_LENGTH + " characters");
        }
        RecurrenceRule rule;
        try {
            rule = new RecurrenceRule(body, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            throw invalid("is not a valid RFC 5545 RRULE (for example FREQ=WEEKLY;BYDAY=MO,WE)");
        }
        if (rule.getFreq() == Freq.SECONDLY || rule.getFreq() == Freq.MINUTELY) {
            throw invalid("must not repeat more often than hourly");
        }
        return new Recurrence(rule, rule.toString());
    }

    /** The rule in its canonical text, as stored. */
    public String text() {
        return text;
    }

    /**
     * The first occurrence strictly after {@code after}, of the series that starts at the wall-clock
     * time {@code start} in {@code zone}; empty when the series has ended (COUNT, UNTIL).
     */
    public Optional<Instant> nextAfter(LocalDateTime start, ZoneId zone, Instant after) {
        try {
            RecurrenceRuleIterator instances = rule.iterator(floating(start));
            LocalDateTime afterLocal = LocalDateTime.ofInstant(after, zone);
            // Skips whole days that cannot matter, leaving a margin for the zone's offset changes.
            if (afterLocal.minusDays(2).isAfter(start)) {
                instances.fastForward(floating(afterLocal.minusDays(2)));
            }
            for (int i = 0; i < MAX_INSTANCES_SCANNED && instances.hasNext(); i++) {
                LocalDateTime local = local(instances.nextDateTime());
                if (local.isBefore(start)) {
                    continue;
                }
                Instant instant = ZonedDateTime.ofLocal(local, zone, null).toInstant();
                if (instant.isAfter(after)) {
                    return Optional.of(instant);
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // lib-recur reports rules it cannot expand from this start (a UTC UNTIL with a local start).
            throw invalid("cannot be expanded from this start time (UNTIL must be local when the start is)");
        }
    }

    private static DateTime floating(LocalDateTime time) {
        return new DateTime(
                time.getYear(),
                time.getMonthValue() - 1,
                time.getDayOfMonth(),
                time.getHour(),
                time.getMinute(),
                time.getSecond());
    }

    private static LocalDateTime local(DateTime time) {
        return LocalDateTime.of(
                time.getYear(),
                time.getMonth() + 1,
                time.getDayOfMonth(),
                time.getHours(),
                time.getMinutes(),
                time.getSeconds());
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException("rrule", "invalid-rrule", message);
    }
}
