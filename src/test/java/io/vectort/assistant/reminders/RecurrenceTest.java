package io.vectort.assistant.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aDailyEightOClockStaysAtEightInParisAcrossTheSpringTransition() {
        // Clocks go from 02:00 to 03:00 on 2026-03-29: 08:00 is 07:00Z before, 06:00Z after.
        List<Instant> next = occurrences("FREQ=DAILY", LocalDateTime.parse("2026-03-27T08:00"), PARIS, 4);

        assertThat(next)
                .containsExactly(
                        Instant.parse("2026-03-27T07:00:00Z"),
                        Instant.parse("2026-03-28T07:00:00Z"),
                        Instant.parse("2026-03-29T06:00:00Z"),
                        Instant.parse("2026-03-30T06:00:00Z"));
        assertThat(next).allSatisfy(at -> assertThat(at.atZone(PARIS).getHour()).isEqualTo(8));
    }

    @Test
    void aDailyEightOClockStaysAtEightInNewYorkAcrossTheSpringTransition() {
        // Clocks go from 02:00 to 03:00 on 2026-03-08: 08:00 is 13:00Z before, 12:00Z after.
        List<Instant> next = occurrences("FREQ=DAILY", LocalDateTime.parse("2026-03-07T08:00"), NEW_YORK, 3);

        assertThat(next)
                .containsExactly(
                        Instant.parse("2026-03-07T13:00:00Z"),
                        Instant.parse("2026-03-08T12:00:00Z"),
                        Instant.parse("2026-03-09T12:00:00Z"));
    }

    @Test
    void aDailyEightOClockStaysAtEightInParisAcrossTheAutumnTransition() {
        List<Instant> next = occurrences("FREQ=DAILY", LocalDateTime.parse("2026-10-24T08:00"), PARIS, 3);

        assertThat(next)
                .containsExactly(
                        Instant.parse("2026-10-24T06:00:00Z"),
                        Instant.parse("2026-10-25T07:00:00Z"),
                        Instant.parse("2026-10-26T07:00:00Z"));
    }

    @Test
    void aLocalTimeSkippedByTheGapMovesForwardByTheGap() {
        List<Instant> next = occurrences("FREQ=DAILY", LocalDateTime.parse("2026-03-28T02:30"), PARIS, 3);

        assertThat(next)
                .containsExactly(
                        Instant.parse("2026-03-28T01:30:00Z"),
                        Instant.parse("2026-03-29T01:30:00Z"), // 03:30 summer time: 02:30 did not exist
                        Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void aRepeatedLocalTimeFiresOnceAtItsFirstOffset() {
        List<Instant> next = occurrences("FREQ=DAILY", LocalDateTime.parse("2026-10-24T02:30"), PARIS, 3);

        assertThat(next)
                .containsExactly(
                        Instant.parse("2026-10-24T00:30:00Z"),
                        Instant.parse("2026-10-25T00:30:00Z"), // 02:30 summer time, not again an hour later
                        Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    void aWeekdayRuleSkipsTheWeekendInTheRemindersZone() {
        List<Instant> next =
                occurrences("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", LocalDateTime.parse("2026-03-06T07:30"), NEW_YORK, 3);

        assertThat(next)
                .containsExactly(
                        Instant.parse("2026-03-06T12:30:00Z"), // Friday, EST
                        Instant.parse("2026-03-09T11:30:00Z"), // Monday, EDT
                        Instant.parse("2026-03-10T11:30:00Z"));
    }

    @Test
    void aCountedSeriesEnds() {
        assertThat(occurrences("FREQ=DAILY;COUNT=2", LocalDateTime.parse("2026-05-01T09:00"), PARIS, 5))
                .hasSize(2);
    }

    @Test
    void jumpsStraightToTheFirstOccurrenceAfterALongPause() {
        Recurrence daily = Recurrence.parse("RRULE:FREQ=DAILY");

        Optional<Instant> next =
                daily.nextAfter(LocalDateTime.parse("2020-01-01T08:00"), PARIS, Instant.parse("2026-03-29T06:30:00Z"));

        assertThat(next).contains(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void refusesWhatIsNotARuleOrRepeatsFasterThanHourly() {
        for (String bad :
                List.of("", "garbage", "FREQ=DAILY;COUNT=x", "FREQ=MINUTELY", "FREQ=SECONDLY", "x".repeat(600))) {
            assertThatThrownBy(() -> Recurrence.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e)
                                    .violations()
                                    .get(0)
                                    .field())
                            .isEqualTo("rrule"));
        }
    }

    private static List<Instant> occurrences(String rule, LocalDateTime start, ZoneId zone, int max) {
        Recurrence recurrence = Recurrence.parse(rule);
        List<Instant> found = new ArrayList<>();
        Instant after = start.atZone(zone).toInstant().minusSeconds(1);
        for (int i = 0; i < max; i++) {
            Optional<Instant> next = recurrence.nextAfter(start, zone, after);
            if (next.isEmpty()) {
                break;
            }
            found.add(next.get());
            after = next.get();
        }
        return found;
    }
}
