package io.vectort.assistant.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void aNightWrapsMidnightWithTheEndExcluded() {
        assertThat(NIGHT.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void anIntervalWithinADayAndAnEmptyOne() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON))
                .isFalse();
    }

    @Test
    void somethingDueInTheEveningWaitsUntilTheNextMorning() {
        Instant evening = Instant.parse("2026-03-28T22:30:00Z"); // 23:30 in Paris

        assertThat(NIGHT.deferred(evening, PARIS)).isEqualTo(Instant.parse("2026-03-29T05:00:00Z")); // 07:00 CEST
    }

    @Test
    void somethingDueAfterMidnightWaitsUntilTheSameMorning() {
        Instant night = Instant.parse("2026-06-10T01:00:00Z"); // 03:00 in Paris

        assertThat(NIGHT.deferred(night, PARIS)).isEqualTo(Instant.parse("2026-06-10T05:00:00Z"));
    }

    @Test
    void somethingDueOutsideQuietHoursIsNotMoved() {
        Instant noon = Instant.parse("2026-06-10T10:00:00Z");

        assertThat(NIGHT.deferred(noon, PARIS)).isEqualTo(noon);
    }
}
