package io.vectort.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Assistant's calendar feed: a secret URL that calendar apps poll, revocable by its owner. */
class CalendarFeedIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant";
    private static final String FEED = BASE + "/calendar-feed";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter ICS_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFeedServesTheOwnersActiveRemindersAndDueTasksWithoutABearerToken() throws Exception {
        Api.Session me = api.newUser();
        Api.Session stranger = api.newUser();
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        String daily = created(api.post(
                BASE + "/reminders",
                me.token(),
                Map.of(
                        "text", "Pills; then water, the \\ plants",
                        "at", tomorrow + "T08:00",
                        "timeZone", "Europe/Paris",
                        "rrule", "FREQ=WEEKLY;BYDAY=MO,WE")));
        String oneOff = created(api.post(
                BASE + "/reminders",
                me.token(),
                Map.of("text", "Call mum", "at", tomorrow + "T18:30", "timeZone", "America/New_York")));
        Api.Response snoozed = api.post(BASE + "/reminders/" + oneOff + "/snooze", me.token(), Map.of("minutes", 600));
        assertThat(snoozed.status()).as(snoozed.toString()).isEqualTo(200);
        Instant snoozedFireAt = Instant.parse(snoozed.json().get("fireAt").asString());
        String cancelled = created(
                api.post(BASE + "/reminders", me.token(), Map.of("text", "Cancelled one", "at", tomorrow + "T09:00")));
        assertThat(api.delete(BASE + "/reminders/" + cancelled, me.token()).status())
                .isBetween(200, 204);
        String rent = created(api.post(BASE + "/tasks", me.token(), Map.of("title", "Pay rent", "due", "2030-03-30")));
        String dentist = created(api.post(
                BASE + "/tasks",
                me.token(),
                Map.of("title", "Call the dentist", "notes", "Ask about Friday", "due", "2030-03-29T09:00+02:00")));
        String undated = created(api.post(BASE + "/tasks", me.token(), Map.of("title", "Someday")));
        String done =
                created(api.post(BASE + "/tasks", me.token(), Map.of("title", "Done already", "due", "2030-01-01")));
        assertThat(api.patch(BASE + "/tasks/" + done, me.token(), Map.of("done", true))
                        .status())
                .isEqualTo(200);
        String strangersTask =
                created(api.post(BASE + "/tasks", stranger.token(), Map.of("title", "Not yours", "due", "2030-03-30")));
        String strangersReminder = created(api.post(
                BASE + "/reminders", stranger.token(), Map.of("text", "Not yours either", "at", tomorrow + "T10:00")));
        JsonNode none = api.get(FEED, me.token()).json();
        assertThat(none.get("url").isNull()).isTrue();
        assertThat(none.get("createdAt").isNull()).isTrue();

        Api.Response issued = api.post(FEED, me.token(), null);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String url = issued.json().get("url").asString();
        assertThat(url).matches("/api/v1/assistant/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}");
        Instant createdAt = Instant.parse(issued.json().get("createdAt").asString());
        JsonNode shown = api.get(FEED, me.token()).json();
        assertThat(shown.get("url").isNull()).as("the secret is shown once").isTrue();
        assertThat(Instant.parse(shown.get("createdAt").asString())).isEqualTo(createdAt);
        String token = url.substring(url.indexOf("token=") + 6);
        assertThat(jdbc.sql("select token_hash = sha256(convert_to(:t, 'UTF8')) from assistant_calendar_feeds"
                                + " where user_id = :u")
                        .param("t", token)
                        .param("u", me.userId())
                        .query(Boolean.class)
                        .single())
                .as("only the token's SHA-256 is stored")
                .isTrue();

        Api.Response feed = api.get(url, null);

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type.toLowerCase())
                        .startsWith("text/calendar")
                        .contains("charset=utf-8"));
        assertThat(feed.header("Cache-Control")).hasValue("private, max-age=300");
        assertThat(feed.header("Content-Disposition")).hasValue("inline; filename=\"vectort.ics\"");
        String body = feed.body();
        assertThat(body).contains("\r\n").contains("BEGIN:VCALENDAR").contains("END:VCALENDAR");
        Calendar calendar = parse(body);
        assertThat(value(calendar.getProperties(), Property.PRODID)).isEqualTo("-//Vectort//Assistant//EN");
        assertThat(value(calendar.getProperties(), Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar.getProperties(), Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(calendar.getProperties(), "X-WR-CALNAME")).isEqualTo("Vectort");
        assertThat(value(calendar.getProperties(), "X-PUBLISHED-TTL")).isEqualTo("PT15M");
        assertThat(value(calendar.getProperties(), "REFRESH-INTERVAL")).isEqualTo("PT15M");

        Map<String, VEvent> events = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            events.put(value(event.getProperties(), Property.UID), event);
        }
        assertThat(events)
                .containsOnlyKeys(daily + "@vectort", oneOff + "@vectort", rent + "@vectort", dentist + "@vectort");
        assertThat(events)
                .doesNotContainKeys(
                        cancelled + "@vectort",
                        undated + "@vectort",
                        done + "@vectort",
                        strangersTask + "@vectort",
                        strangersReminder + "@vectort");

        VEvent weekly = events.get(daily + "@vectort");
        assertThat(value(weekly.getProperties(), Property.SUMMARY)).isEqualTo("Pills; then water, the \\ plants");
        assertThat(body).contains("SUMMARY:Pills\\; then water\\, the \\\\ plants");
        assertThat(value(weekly.getProperties(), Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE");
        Property weeklyStart = property(weekly.getProperties(), Property.DTSTART);
        assertThat(weeklyStart.getParameter(Parameter.TZID).map(Parameter::getValue))
                .hasValue("Europe/Paris");
        assertThat(weeklyStart.getValue()).isEqualTo(tomorrow.format(ICS_DAY) + "T080000");
        assertThat(body).contains("DTSTART;TZID=Europe/Paris:" + tomorrow.format(ICS_DAY) + "T080000");
        assertThat(value(weekly.getProperties(), Property.DURATION)).isEqualTo("PT5M");
        List<VAlarm> alarms = weekly.getAlarms();
        assertThat(alarms).hasSize(1);
        assertThat(value(alarms.get(0).getProperties(), Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(value(alarms.get(0).getProperties(), Property.TRIGGER)).isIn("PT0S", "P0D", "PT0M");

        VEvent call = events.get(oneOff + "@vectort");
        assertThat(call.getProperties().stream().map(Property::getName)).doesNotContain(Property.RRULE);
        Property callStart = property(call.getProperties(), Property.DTSTART);
        assertThat(callStart.getParameter(Parameter.TZID).map(Parameter::getValue))
                .hasValue("America/New_York");
        assertThat(callStart.getValue())
                .as("a snoozed one-off is shown at its snooze time, in its own zone")
                .isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                        .format(snoozedFireAt.atZone(ZoneId.of("America/New_York"))));

        List<String> zones = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(zone -> value(zone.getProperties(), Property.TZID))
                .toList();
        assertThat(zones).containsExactlyInAnyOrder("Europe/Paris", "America/New_York");

        VEvent rentEvent = events.get(rent + "@vectort");
        assertThat(body).contains("DTSTART;VALUE=DATE:20300330");
        assertThat(value(rentEvent.getProperties(), Property.DTSTART)).isEqualTo("20300330");
        assertThat(value(rentEvent.getProperties(), Property.DTEND)).isEqualTo("20300331");
        VEvent dentistEvent = events.get(dentist + "@vectort");
        assertThat(value(dentistEvent.getProperties(), Property.DTSTART)).isEqualTo("20300329T070000Z");
        assertThat(value(dentistEvent.getProperties(), Property.DESCRIPTION)).isEqualTo("Ask about Friday");
    }

    @Test
    void replacingTheFeedRetiresTheOldUrlAndRevokingRetiresTheFeed() {
        Api.Session me = api.newUser();
        String first = issue(me);
        assertThat(api.get(first, null).status()).isEqualTo(200);

        String second = issue(me);

        assertThat(second).isNotEqualTo(first);
        assertThat(api.get(first, null).status()).isEqualTo(404);
        assertThat(api.get(second, null).status()).isEqualTo(200);
        Api.Response head = api.send("HEAD", second, null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(api.send("HEAD", first, null, null).status()).isEqualTo(404);

        assertThat(api.delete(FEED, me.token()).status()).isEqualTo(204);

        assertThat(api.get(second, null).status()).isEqualTo(404);
        assertThat(api.get(FEED, me.token()).json().get("createdAt").isNull()).isTrue();
        assertThat(api.delete(FEED, me.token()).status())
                .as("revoking twice is fine")
                .isEqualTo(204);
    }

    @Test
    void forgedMalformedAndMissingTokensAreNotFound() {
        Api.Session me = api.newUser();
        String url = issue(me);
        String token = url.substring(url.indexOf("token=") + 6);
        String forged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        for (String path : List.of(
                "/api/v1/assistant/calendar.ics?token=" + forged,
                "/api/v1/assistant/calendar.ics?token=abc",
                "/api/v1/assistant/calendar.ics?token=" + token + "x",
                "/api/v1/assistant/calendar.ics?token=%27%22%3Cscript%3E",
                "/api/v1/assistant/calendar.ics")) {
            Api.Response response = api.send("GET", path, null, null, "Accept", "text/calendar");
            assertThat(response.status()).as(path + " " + response).isEqualTo(404);
            assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
        }
        assertThat(api.get(FEED, null).status())
                .as("managing a feed needs a signed-in user")
                .isEqualTo(401);
        assertThat(api.post(FEED, null, null).status()).isEqualTo(401);
        assertThat(api.get(url, null).status()).isEqualTo(200);
    }

    @Test
    void aFetchIsRecordedAtMostOnceAMinute() {
        Api.Session me = api.newUser();
        String url = issue(me);
        assertThat(lastFetched(me)).isNull();

        api.get(url, null);
        Instant first = lastFetched(me);
        assertThat(first).isNotNull();
        jdbc.sql(
                        "update assistant_calendar_feeds set last_fetched_at = now() - interval '30 seconds' where user_id = :u")
                .param("u", me.userId())
                .update();
        Instant thirtySecondsAgo = lastFetched(me);
        api.get(url, null);
        assertThat(lastFetched(me))
                .as("fetched again within a minute: no write")
                .isEqualTo(thirtySecondsAgo);

        jdbc.sql(
                        "update assistant_calendar_feeds set last_fetched_at = now() - interval '2 minutes' where user_id = :u")
                .param("u", me.userId())
                .update();
        api.get(url, null);
        assertThat(lastFetched(me)).isAfter(thirtySecondsAgo);
    }

    @Test
    void theExportTellsTheFeedExistsWithoutItsTokenAndDeletingTheAccountDeletesIt() throws IOException {
        Api.Session me = api.newUser();
        String url = issue(me);
        assertThat(api.get(url, null).status()).isEqualTo(200);

        Api.Response started = api.post("/api/v1/me/export", me.token(), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String download = awaitReady(me, started.json().get("id").asString());
        Map<String, byte[]> files = unzip(api.get(download, null).bytes());

        String feedJson = new String(files.get("assistant/calendar-feed.json"), StandardCharsets.UTF_8);
        JsonNode exported = JSON.readTree(feedJson);
        assertThat(exported.has("createdAt")).as(feedJson).isTrue();
        assertThat(exported.get("lastFetchedAt").isNull()).as(feedJson).isFalse();
        String token = url.substring(url.indexOf("token=") + 6);
        assertThat(feedJson).doesNotContain(token).doesNotContainIgnoringCase("token");

        Api.Response deleted = api.send("DELETE", "/api/v1/me", me.token(), Map.of("confirmEmail", me.email()));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        assertThat(jdbc.sql("select count(*) from assistant_calendar_feeds where user_id = :u")
                        .param("u", me.userId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.get(url, null).status()).isEqualTo(404);
    }

    @Test
    void aFeedHoldsAtMostTwoThousandItems() throws Exception {
        Api.Session me = api.newUser();
        jdbc.sql("""
                        insert into assistant_tasks (id, user_id, title, due_date, position)
                        select gen_random_uuid(), :u, 'Task ' || n, date '2030-01-01' + n, n
                        from generate_series(1, 2010) as n""").param("u", me.userId()).update();
        created(api.post(
                BASE + "/reminders",
                me.token(),
                Map.of("text", "Soon", "at", Instant.now().plusSeconds(3600).toString())));

        Calendar calendar = parse(api.get(issue(me), null).body());

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2_000);
        assertThat(events.stream().map(event -> value(event.getProperties(), Property.SUMMARY)))
                .contains("Soon", "Task 1", "Task 1999")
                .doesNotContain("Task 2000");
    }

    private String issue(Api.Session user) {
        Api.Response issued = api.post(FEED, user.token(), null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json().get("url").asString();
    }

    private @Nullable Instant lastFetched(Api.Session user) {
        return jdbc.sql("select last_fetched_at from assistant_calendar_feeds where user_id = :u")
                .param("u", user.userId())
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single()
                .orElse(null);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString()).toString();
    }

    private static Calendar parse(String body) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Property property(List<Property> properties, String name) {
        return properties.stream()
                .filter(p -> p.getName().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + properties));
    }

    private static String value(List<Property> properties, String name) {
        return property(properties, name).getValue();
    }

    private String awaitReady(Api.Session user, String id) {
        Instant deadline = Instant.now().plusSeconds(60);
        do {
            JsonNode export = api.get("/api/v1/me/export/" + id, user.token()).json();
            if (export.get("status").asString().equals("ready")) {
                return export.get("downloadUrl").asString();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("export " + id + " not ready after 60 s");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
