package io.vectort.assistant.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.InvalidRequestException;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void acceptsIanaRegionsAndUtc() {
        assertThat(TimeZones.parse("timeZone", "Europe/Paris")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(TimeZones.parse("timeZone", "America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(TimeZones.parse("timeZone", "UTC")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void refusesUnknownZonesAndFixedOffsetsThatIgnoreDaylightSaving() {
        for (String bad :
                List.of("", "Mars/Olympus", "+02:00", "GMT+2", "Etc/GMT-2", "europe/paris", "x".repeat(100))) {
            assertThatThrownBy(() -> TimeZones.parse("timeZone", bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class);
        }
    }
}
