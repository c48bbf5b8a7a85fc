package io.vectort.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.understanding.Command.AddReminder;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.junit.jupiter.api.Test;

/**
 * Repeating reminders, checked by iterating their RRULE with lib-recur (DTSTART = first
 * occurrence, in the user's zone): the first occurrence is the first one at or after now, and
 * the clock time holds across daylight-saving changes.
 */
class RecurringReminderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final CommandUnderstander understander = new CommandUnderstander();

    @Test
    void aDailyEightOClockStaysAtEightWhenParisSpringsForward() throws Exception {
        AddReminder reminder = reminder("remind me every day at 8 to take my pills", at("2026-03-27T10:15", PARIS));

        assertThat(reminder.firstAt()).isEqualTo(ZonedDateTime.of(LocalDateTime.parse("2026-03-28T08:00"), PARIS));
        List<ZonedDateTime> next = occurrences(reminder, 5);
        assertThat(next).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
        assertThat(next.get(0).getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(next.get(1).getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void aDailyEightOClockStaysAtEightWhenParisFallsBack() throws Exception {
        // Paris falls back on Sunday 2026-10-25 at 03:00.
        AddReminder reminder = reminder("rappelle-moi tous les jours à 8h de marcher", at("2026-10-23T10:15", PARIS));

        List<ZonedDateTime> next = occurrences(reminder, 5);
        assertThat(next).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
        assertThat(next)
                .extracting(occurrence -> occurrence.getOffset().getTotalSeconds())
                .containsExactly(7200, 3600, 3600, 3600, 3600);
    }

    @Test
    void aDailyEightOClockStaysAtEightAcrossBothNewYorkChanges() throws Exception {
        AddReminder spring = reminder("remind me every day at 8 to stretch", at("2026-03-06T10:15", NEW_YORK));
        AddReminder fall = reminder("remind me every day at 8 to stretch", at("2026-10-30T10:15", NEW_YORK));

        assertThat(occurrences(spring, 5))
                .extracting(ZonedDateTime::toLocalTime)
                .containsOnly(LocalTime.of(8, 0));
        assertThat(occurrences(fall, 5)).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
        assertThat(occurrences(spring, 5).get(2).toLocalDate()).hasToString("2026-03-09");
    }

    @Test
    void weekdaysRepeatOnlyMondayToFriday() throws Exception {
        AddReminder reminder = reminder("remind me every weekday at 7:30 to leave", at("2026-03-27T10:15", PARIS));

        List<ZonedDateTime> next = occurrences(reminder, 10);
        assertThat(next).extracting(ZonedDateTime::getDayOfWeek).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(next).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(7, 30));
        assertThat(next.getFirst().toLocalDate()).hasToString("2026-03-30");
    }

    @Test
    void aTimeStillAheadTodayStartsToday() {
        ZonedDateTime now = at("2026-03-27T10:15", PARIS);

        assertThat(reminder("remind me every day at 22:00 to sleep", now)
                        .firstAt()
                        .toLocalDateTime())
                .hasToString("2026-03-27T22:00");
        assertThat(reminder("remind me every day at 10:15 to sleep", now).firstAt())
                .as("at or after now: the very minute counts")
                .isEqualTo(now);
        assertThat(reminder("remind me every day at 10:14 to sleep", now)
                        .firstAt()
                        .toLocalDateTime())
                .hasToString("2026-03-28T10:14");
    }

    @Test
    void aWeekdayThatIsTodayButAlreadyPastStartsNextWeek() {
        AddReminder reminder = reminder("remind me every friday at 9 to do the review", at("2026-03-27T10:15", PARIS));

        assertThat(reminder.firstAt().toLocalDateTime()).hasToString("2026-04-03T09:00");
        assertThat(reminder.rrule()).contains("FREQ=WEEKLY;BYDAY=FR");
    }

    /**
     * For every repeating line of the corpus: lib-recur accepts the rule, DTSTART is an
     * occurrence of it, and no occurrence falls between now and the first one.
     */
    @Test
    void everyRepeatingReminderOfTheCorpusStartsAtItsFirstOccurrence() throws Exception {
        var understander = new CommandUnderstander();
        int checked = 0;
        for (String[] line : CommandCorpusTest.corpus()) {
            if (!(understander.understand(line[0], CommandCorpusTest.NOW) instanceof AddReminder reminder)
                    || reminder.rrule().isEmpty()) {
                continue;
            }
            checked++;
            assertThat(reminder.firstAt()).as(line[0]).isAfterOrEqualTo(CommandCorpusTest.NOW);
            assertThat(occurrences(reminder, 1)).as(line[0]).containsExactly(reminder.firstAt());
            RecurrenceRule rule = new RecurrenceRule(reminder.rrule().get());
            boolean sameOccurrencesFromAnyStart =
                    rule.getInterval() == 1 && (rule.getByDayPart() != null || rule.getFreq() == Freq.DAILY);
            if (sameOccurrencesFromAnyStart) {
                // The same rule started a week earlier must not fire between now and our first occurrence.
                ZonedDateTime earlierStart = reminder.firstAt().minusWeeks(1);
                RecurrenceRuleIterator earlier = rule.iterator(
                        earlierStart.toInstant().toEpochMilli(), TimeZone.getTimeZone(earlierStart.getZone()));
                earlier.fastForward(CommandCorpusTest.NOW.toInstant().toEpochMilli());
                assertThat(Instant.ofEpochMilli(earlier.nextMillis()))
                        .as(line[0])
                        .isEqualTo(reminder.firstAt().toInstant());
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    private AddReminder reminder(String message, ZonedDateTime now) {
        Command command = understander.understand(message, now);
        assertThat(command).isInstanceOf(AddReminder.class);
        AddReminder reminder = (AddReminder) command;
        assertThat(reminder.rrule()).isPresent();
        return reminder;
    }

    private static List<ZonedDateTime> occurrences(AddReminder reminder, int count)
            throws InvalidRecurrenceRuleException {
        ZonedDateTime start = reminder.firstAt();
        RecurrenceRuleIterator iterator = new RecurrenceRule(reminder.rrule().orElseThrow())
                .iterator(start.toInstant().toEpochMilli(), TimeZone.getTimeZone(start.getZone()));
        List<ZonedDateTime> occurrences = new ArrayList<>();
        while (occurrences.size() < count && iterator.hasNext()) {
            occurrences.add(Instant.ofEpochMilli(iterator.nextMillis()).atZone(start.getZone()));
        }
        return occurrences;
    }

    private static ZonedDateTime at(String local, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(local), zone);
    }
}
