package io.vectort.providers.http;

import static io.vectort.providers.Fixtures.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-11-22T10:00:00Z");

    @Test
    void readsSecondsDecimalsAndHttpDates() {
        assertThat(RetryAfter.parse("2", NOW)).hasValue(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(" 0.5 ", NOW)).hasValue(Duration.ofMillis(500));
        assertThat(RetryAfter.parse("Sat, 22 Nov 2025 10:00:30 GMT", NOW)).hasValue(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sat, 22 Nov 2025 09:00:00 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-3", NOW)).isEmpty();
        assertThat(RetryAfter.from(headers(), NOW)).isEmpty();
    }

    @Test
    void millisecondsHeaderWins() {
        assertThat(RetryAfter.from(headers("retry-after", "3", "retry-after-ms", "250"), NOW))
                .hasValue(Duration.ofMillis(250));
        assertThat(RetryAfter.from(headers("Retry-After", "3"), NOW)).hasValue(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @CsvSource({"1s, 1000", "20ms, 20", "6m0s, 360000", "1h2m3.5s, 3723500", "37s, 37000", "0.5s, 500"})
    void readsGoDurations(String value, long millis) {
        assertThat(RetryAfter.parseGoDuration(value)).hasValue(Duration.ofMillis(millis));
    }

    @Test
    void refusesMalformedGoDurations() {
        assertThat(RetryAfter.parseGoDuration("")).isEmpty();
        assertThat(RetryAfter.parseGoDuration("5 minutes")).isEmpty();
        assertThat(RetryAfter.parseGoDuration("1s!")).isEmpty();
    }
}
