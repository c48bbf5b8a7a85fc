package io.vectort.providers.http;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a vendor asked us to wait, from the headers vendors actually send. */
public final class RetryAfter {

    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private RetryAfter() {}

    /**
     * {@code retry-after-ms} (OpenAI, Azure: more precise, so it wins), else {@code Retry-After} in
     * seconds or as an HTTP date.
     */
    public static Optional<Duration> from(HttpHeaders headers, Instant now) {
        Optional<Duration> millis = headers.firstValue("retry-after-ms").flatMap(RetryAfter::millis);
        if (millis.isPresent()) {
            return millis;
        }
        return headers.firstValue("retry-after").flatMap(value -> parse(value, now));
    }

    /** A {@code Retry-After} value: delay-seconds (decimals tolerated) or an HTTP date. */
    public static Optional<Duration> parse(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return nonNegative(seconds(new BigDecimal(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /**
     * A Go-style duration as in OpenAI's {@code x-ratelimit-reset-requests} ({@code 1s}, {@code
     * 6m0s}, {@code 20ms}, {@code 1h2m3.5s}).
     */
    public static Optional<Duration> parseGoDuration(String value) {
        String trimmed = value.trim();
        Matcher matcher = GO_DURATION_PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            BigDecimal amount = new BigDecimal(matcher.group(1));
            BigDecimal unitSeconds = switch (matcher.group(2)) {
                case "h" -> BigDecimal.valueOf(3600);
                case "m" -> BigDecimal.valueOf(60);
                case "s" -> BigDecimal.ONE;
                default -> new BigDecimal("0.001");
            };
            total = total.plus(seconds(amount.multiply(unitSeconds)));
            end = matcher.end();
        }
        return end == trimmed.length() && end > 0 ? Optional.of(total) : Optional.empty();
    }

    private static Optional<Duration> millis(String value) {
        try {
            return nonNegative(seconds(new BigDecimal(value.trim()).movePointLeft(3)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration seconds(BigDecimal seconds) {
        return Duration.ofNanos(seconds.movePointRight(9).longValue());
    }

    private static Optional<Duration> nonNegative(Duration duration) {
        return duration.isNegative() ? Optional.empty() : Optional.of(duration);
    }
}
