package io.vectort.assistant.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateTimeInputTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aLocalTimeIsReadInTheUsersZone() {
        assertThat(DateTimeInput.instant("at", "2026-03-29T08:00", PARIS))
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aTimeWithAnOffsetIsExactAndBecomesTheZonesWallClock() {
        assertThat(DateTimeInput.instant("at", "2026-03-29T08:00Z", PARIS))
                .isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        assertThat(DateTimeInput.wallClock("at", "2026-03-29T08:00-04:00", PARIS))
                .isEqualTo(LocalDateTime.parse("2026-03-29T14:00"));
    }

    @Test
    void anythingElseIsRefusedForItsField() {
        assertThatThrownBy(() -> DateTimeInput.instant("at", "tomorrow at nine", PARIS))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("at:");
        assertThat(DateTimeInput.isDate("2026-03-29")).isTrue();
        assertThat(DateTimeInput.isDate("2026-03-29T08:00")).isFalse();
    }
}
