package io.vectort.assistant.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore.EnabledCheckIn;
import io.vectort.assistant.settings.CheckInKind;
import io.vectort.assistant.settings.QuietHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckInTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theChosenLocalTimeFollowsDaylightSavingInParis() {
        LocalTime eight = LocalTime.of(8, 0);
        assertThat(CheckInTimes.dueAt(LocalDate.parse("2026-03-28"), eight, PARIS))
                .isEqualTo(Instant.parse("2026-03-28T07:00:00Z"));
        // The spring change, Sunday 2026-03-29: 08:00 is now UTC+2.
        assertThat(CheckInTimes.dueAt(LocalDate.parse("2026-03-29"), eight, PARIS))
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
        // 02:30 does not exist that night: it moves forward by the gap, to 03:30 CEST.
        assertThat(CheckInTimes.dueAt(LocalDate.parse("2026-03-29"), LocalTime.of(2, 30), PARIS))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        // 02:30 happens twice on 2026-10-25: the first pass (summer time) counts.
        assertThat(CheckInTimes.dueAt(LocalDate.parse("2026-10-25"), LocalTime.of(2, 30), PARIS))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void dueOnTheMorningOfTheSpringChangeAndNotBefore() {
        EnabledCheckIn morning = checkIn(LocalTime.of(8, 0), settings(Optional.empty()));

        assertThat(CheckInTimes.toDeliver(morning, Instant.parse("2026-03-29T05:59:00Z")))
                .as("07:59 CEST")
                .isEmpty();
        assertThat(CheckInTimes.toDeliver(morning, Instant.parse("2026-03-29T06:00:30Z")))
                .contains(new CheckInTimes.Occurrence(
                        LocalDate.parse("2026-03-29"), Instant.parse("2026-03-29T06:00:00Z")));
    }

    @Test
    void moreThanThreeHoursLateIsSkippedNotSentLate() {
        EnabledCheckIn morning = checkIn(LocalTime.of(8, 0), settings(Optional.empty()));

        assertThat(CheckInTimes.toDeliver(morning, Instant.parse("2026-03-28T09:59:00Z")))
                .isPresent();
        assertThat(CheckInTimes.toDeliver(morning, Instant.parse("2026-03-28T10:01:00Z")))
                .isEmpty();
    }

    @Test
    void quietHoursDelayTheCheckInUntilTheyEndAndTheLatenessCountsFromThere() {
        // Evening review at 22:30, quiet 22:00-07:00: delivered at 07:00 the next morning, for its own day.
        EnabledCheckIn evening = checkIn(
                LocalTime.of(22, 30), settings(Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)))));

        assertThat(CheckInTimes.toDeliver(evening, Instant.parse("2026-03-27T21:45:00Z")))
                .isEmpty();
        assertThat(CheckInTimes.toDeliver(evening, Instant.parse("2026-03-28T06:00:10Z")))
                .contains(new CheckInTimes.Occurrence(
                        LocalDate.parse("2026-03-27"), Instant.parse("2026-03-27T21:30:00Z")));
    }

    @Test
    void aCheckInTurnedOnAfterItsTimeStartsTomorrow() {
        Instant turnedOnAt = Instant.parse("2026-03-28T08:30:00Z");
        EnabledCheckIn morning = new EnabledCheckIn(
                UUID.randomUUID(),
                CheckInKind.MORNING_PLAN,
                LocalTime.of(8, 0),
                turnedOnAt,
                settings(Optional.empty()));

        assertThat(CheckInTimes.toDeliver(morning, Instant.parse("2026-03-28T08:31:00Z")))
                .isEmpty();
        assertThat(CheckInTimes.toDeliver(morning, Instant.parse("2026-03-29T06:00:00Z")))
                .map(CheckInTimes.Occurrence::date)
                .contains(LocalDate.parse("2026-03-29"));
    }

    private static EnabledCheckIn checkIn(LocalTime at, AssistantSettings settings) {
        return new EnabledCheckIn(UUID.randomUUID(), CheckInKind.MORNING_PLAN, at, Instant.EPOCH, settings);
    }

    private static AssistantSettings settings(Optional<QuietHours> quiet) {
        return new AssistantSettings(PARIS, quiet);
    }
}
