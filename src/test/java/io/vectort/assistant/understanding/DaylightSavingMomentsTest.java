package io.vectort.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.understanding.Command.AddReminder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** One-off moments around daylight-saving changes, in Paris and New York. */
class DaylightSavingMomentsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final CommandUnderstander understander = new CommandUnderstander();

    @Test
    void aTimeInTheSkippedHourMovesForwardByTheGap() {
        ZonedDateTime paris = firstAt("rappelle moi dimanche à 2h30 de dormir", at("2026-03-27T10:15", PARIS));
        ZonedDateTime newYork = firstAt("remind me tomorrow at 2:30am to sleep", at("2026-03-07T10:15", NEW_YORK));

        assertThat(paris.toLocalDateTime()).hasToString("2026-03-29T03:30");
        assertThat(newYork.toLocalDateTime()).hasToString("2026-03-08T03:30");
        assertThat(newYork.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void aTimeInTheRepeatedHourIsItsFirstPass() {
        ZonedDateTime paris = firstAt("remind me on sunday at 2:30 am to sleep", at("2026-10-23T10:15", PARIS));
        ZonedDateTime newYork = firstAt("remind me on sunday at 1:30 am to sleep", at("2026-10-30T10:15", NEW_YORK));

        assertThat(paris.toLocalDateTime()).hasToString("2026-10-25T02:30");
        assertThat(paris.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(newYork.toLocalDateTime()).hasToString("2026-11-01T01:30");
        assertThat(newYork.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void hoursAreElapsedTimeButDaysKeepTheClockTime() {
        ZonedDateTime now = at("2026-03-07T10:15", NEW_YORK);

        assertThat(firstAt("remind me in 24 hours to water", now).toLocalDateTime())
                .hasToString("2026-03-08T11:15");
        assertThat(firstAt("remind me in 1 day to water", now).toLocalDateTime())
                .hasToString("2026-03-08T10:15");
    }

    private ZonedDateTime firstAt(String message, ZonedDateTime now) {
        Command command = understander.understand(message, now);
        assertThat(command).as(message).isInstanceOf(AddReminder.class);
        return ((AddReminder) command).firstAt();
    }

    private static ZonedDateTime at(String local, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(local), zone);
    }
}
