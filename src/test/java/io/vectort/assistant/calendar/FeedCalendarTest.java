package io.vectort.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.calendar.FeedItems.FeedReminder;
import io.vectort.assistant.calendar.FeedItems.FeedTask;
import io.vectort.assistant.calendar.FeedItems.Items;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedCalendarTest {

    private final FeedCalendar calendar = new FeedCalendar();

    @Test
    void anEmptyFeedIsAValidCalendarWithItsHeaderAndNoEvents() {
        String ics = calendar.write(new Items(List.of(), List.of()));

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("PRODID:-//Vectort//Assistant//EN\r\n")
                .contains("VERSION:2.0\r\n")
                .contains("CALSCALE:GREGORIAN\r\n")
                .contains("X-WR-CALNAME:Vectort\r\n")
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n")
                .contains("X-PUBLISHED-TTL:PT15M\r\n")
                .doesNotContain("BEGIN:VEVENT")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aRecurringReminderKeepsItsWallClockStartZoneAndRule() {
        UUID id = UUID.randomUUID();
        FeedReminder reminder = new FeedReminder(
                id,
                "Pills",
                "FREQ=DAILY",
                ZoneId.of("Europe/Paris"),
                LocalDateTime.parse("2026-03-28T08:00"),
                Instant.parse("2026-03-29T06:00:00Z"),
                null);

        String ics = calendar.write(new Items(List.of(reminder), List.of()));

        assertThat(ics)
                .contains("UID:" + id + "@vectort\r\n")
                .contains("DTSTART;TZID=Europe/Paris:20260328T080000\r\n")
                .contains("RRULE:FREQ=DAILY\r\n")
                .contains("DURATION:PT5M\r\n")
                .contains("BEGIN:VALARM\r\n")
                .contains("ACTION:DISPLAY\r\n")
                .contains("BEGIN:VTIMEZONE\r\n")
                .contains("TZID:Europe/Paris\r\n");
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isEqualTo(ics.lastIndexOf("BEGIN:VTIMEZONE"));
    }

    @Test
    void aSnoozedOneOffIsShownAtItsSnoozeTime() {
        FeedReminder snoozed = new FeedReminder(
                UUID.randomUUID(),
                "Call mum",
                null,
                ZoneId.of("America/New_York"),
                LocalDateTime.parse("2026-07-01T09:00"),
                Instant.parse("2026-07-01T15:10:00Z"),
                Instant.parse("2026-07-01T15:10:00Z"));

        String ics = calendar.write(new Items(List.of(snoozed), List.of()));

        String event = ics.substring(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT"));
        assertThat(event)
                .contains("DTSTART;TZID=America/New_York:20260701T111000\r\n")
                .doesNotContain("RRULE");
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).as("zones come first").isLessThan(ics.indexOf("BEGIN:VEVENT"));
    }

    @Test
    void tasksAreAllDayOrTimedEventsAndTextIsEscapedAndFolded() {
        UUID day = UUID.randomUUID();
        UUID timed = UUID.randomUUID();
        String longTitle =
                "Renew the passport, the ID card; and \\ the rest ".repeat(4).strip();

        String ics = calendar.write(new Items(
                List.of(),
                List.of(
                        new FeedTask(day, longTitle, "", null, LocalDate.parse("2026-03-30")),
                        new FeedTask(
                                timed, "Dentist", "Line one\nline two", Instant.parse("2026-03-29T07:00:00Z"), null))));

        assertThat(ics)
                .contains("UID:" + day + "@vectort\r\n")
                .contains("DTSTART;VALUE=DATE:20260330\r\n")
                .contains("DTEND;VALUE=DATE:20260331\r\n")
                .contains("DTSTART:20260329T070000Z\r\n")
                .contains("DESCRIPTION:Line one\\nline two\r\n")
                .contains("SUMMARY:Renew the passport\\, the ID card\\; and \\\\ the rest");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
        }
    }
}
