package io.vectort.assistant.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.jobs.JobAttempt;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The Assistant's tasks, reminders, notifications and settings over HTTP, with real firing. */
class AssistantRemindersIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant";

    @Autowired
    ReminderEscalation escalation;

    @Test
    void tasksAreAddedChangedCompletedAndDeletedByTheirOwnerOnly() {
        Api.Session me = api.newUser();
        Api.Session stranger = api.newUser();

        Api.Response created = api.post(
                BASE + "/tasks", me.token(), Map.of("title", " Call the dentist ", "due", "2026-03-29T09:00+02:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("title").asString()).isEqualTo("Call the dentist");
        assertThat(created.json().get("dueAt").asString()).isEqualTo("2026-03-29T07:00:00Z");
        api.post(BASE + "/tasks", me.token(), Map.of("title", "Water the plants", "due", "2026-03-30"));

        JsonNode list = api.get(BASE + "/tasks", me.token()).json().get("items");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("title").asString()).isEqualTo("Call the dentist");
        assertThat(list.get(1).get("dueDate").asString()).isEqualTo("2026-03-30");

        Api.Response done = api.patch(BASE + "/tasks/" + id, me.token(), Map.of("done", true, "due", ""));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("done").asBoolean()).isTrue();
        assertThat(done.json().get("dueAt").isNull()).isTrue();
        assertThat(api.get(BASE + "/tasks", me.token()).json().get("items")).hasSize(1);
        assertThat(api.get(BASE + "/tasks?includeDone=true", me.token()).json().get("items"))
                .hasSize(2);

        assertThat(api.get(BASE + "/tasks", stranger.token()).json().get("items"))
                .isEmpty();
        assertProblem(api.patch(BASE + "/tasks/" + id, stranger.token(), Map.of("title", "mine")), 404);
        assertProblem(api.delete(BASE + "/tasks/" + id, stranger.token()), 404);

        assertThat(api.delete(BASE + "/tasks/" + id, me.token()).status()).isEqualTo(204);
        assertProblem(api.delete(BASE + "/tasks/" + id, me.token()), 404);
    }

    @Test
    void invalidInputIsRefusedWithAProblemNamingTheField() {
        Api.Session me = api.newUser();
        String soon = Instant.now().plusSeconds(3600).toString();

        assertField(api.post(BASE + "/tasks", me.token(), Map.of("title", "  ")), "title");
        assertField(api.post(BASE + "/tasks", me.token(), Map.of("title", "t", "due", "tomorrow")), "due");
        assertField(
                api.post(BASE + "/reminders", me.token(), Map.of("text", "x", "at", soon, "rrule", "FREQ=SOMETIMES")),
                "rrule");
        assertField(
                api.post(BASE + "/reminders", me.token(), Map.of("text", "x", "at", soon, "rrule", "FREQ=MINUTELY")),
                "rrule");
        assertField(
                api.post(BASE + "/reminders", me.token(), Map.of("text", "x", "at", soon, "timeZone", "Mars/Olympus")),
                "timeZone");
        assertField(api.post(BASE + "/reminders", me.token(), Map.of("text", "x", "at", "2020-01-01T08:00Z")), "at");
        assertField(api.post(BASE + "/reminders", me.token(), Map.of("text", "x", "at", "at nine")), "at");
        assertField(api.send("PUT", BASE + "/settings", me.token(), Map.of("timeZone", "+02:00")), "timeZone");
        assertField(
                api.send(
                        "PUT",
                        BASE + "/settings",
                        me.token(),
                        Map.of("timeZone", "UTC", "quietHours", Map.of("start", "25:00", "end", "07:00"))),
                "quietHours.start");
        assertThat(jdbc.sql("""
                                select (select count(*) from assistant_tasks where user_id = :u)
                                     + (select count(*) from assistant_reminders where user_id = :u)
                                     + (select count(*) from assistant_settings where user_id = :u)""").param("u", me.userId()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aReminderFiresOnTimeIntoTheNotifications() {
        Api.Session me = api.newUser();
        Instant at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);

        JsonNode reminder = createReminder(me, Map.of("text", "Stretch", "at", at.toString()));
        assertThat(reminder.get("status").asString()).isEqualTo("active");
        assertThat(reminder.get("fireAt").asString()).isEqualTo(at.toString());

        JsonNode notification =
                awaitNotifications(me, items -> items.size() == 1).get(0);
        assertThat(notification.get("text").asString()).isEqualTo("Stretch");
        assertThat(notification.get("occurrenceAt").asString()).isEqualTo(at.toString());
        assertThat(notification.get("escalationStep").asInt()).isZero();
        assertThat(Instant.parse(notification.get("firedAt").asString())).isBetween(at, at.plusSeconds(3));
        JsonNode fired = reminder(me, reminder.get("id").asString());
        assertThat(fired.get("status").asString()).isEqualTo("done");
        assertThat(fired.get("nextAt").isNull()).isTrue();

        Api.Response acknowledged =
                api.post(BASE + "/notifications/" + notification.get("id").asString() + "/ack", me.token(), null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledgedAt").isNull()).isFalse();

        Api.Session stranger = api.newUser();
        assertThat(api.get(BASE + "/notifications", stranger.token()).json().get("items"))
                .isEmpty();
        assertProblem(
                api.post(BASE + "/notifications/" + notification.get("id").asString() + "/ack", stranger.token(), null),
                404);
        assertProblem(api.get(BASE + "/reminders/" + reminder.get("id").asString(), stranger.token()), 404);
    }

    @Test
    void notificationsOlderThanTheRetentionAreDeletedAndTheirReminderKept(@Autowired NotificationRetention retention) {
        Api.Session me = api.newUser();
        JsonNode old = createReminder(
                me,
                Map.of("text", "Old nudge", "at", Instant.now().plusSeconds(1).toString()));
        awaitNotifications(me, items -> items.size() == 1);
        JsonNode recent = createReminder(
                me,
                Map.of(
                        "text",
                        "Recent nudge",
                        "at",
                        Instant.now().plusSeconds(1).toString()));
        awaitNotifications(me, items -> items.size() == 2);
        jdbc.sql("update assistant_notifications set fired_at = now() - interval '91 days' where reminder_id = :id")
                .param("id", UUID.fromString(old.get("id").asString()))
                .update();

        retention.run();

        JsonNode left = api.get(BASE + "/notifications", me.token()).json().get("items");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("text").asString()).isEqualTo("Recent nudge");
        assertThat(reminder(me, old.get("id").asString()).get("text").asString())
                .isEqualTo("Old nudge");
        assertThat(recent.get("id").asString()).isNotBlank();
    }

    @Test
    void aRecurringReminderSchedulesItsNextOccurrenceInItsZone() {
        Api.Session me = api.newUser();
        Instant at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String localParis =
                at.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDateTime().toString();

        JsonNode reminder = createReminder(
                me, Map.of("text", "Pills", "at", localParis, "timeZone", "Europe/Paris", "rrule", "FREQ=DAILY"));
        assertThat(reminder.get("rrule").asString()).isEqualTo("FREQ=DAILY");
        assertThat(reminder.get("nextAt").asString()).isEqualTo(at.toString());

        awaitNotifications(me, items -> items.size() == 1);
        JsonNode next = awaitReminder(
                me,
                reminder.get("id").asString(),
                r -> !r.get("nextAt").asString().equals(at.toString()));
        assertThat(next.get("status").asString()).isEqualTo("active");
        Instant expected =
                at.atZone(java.time.ZoneId.of("Europe/Paris")).plusDays(1).toInstant();
        assertThat(next.get("nextAt").asString()).isEqualTo(expected.toString());
        assertThat(next.get("lastFiredAt").isNull()).isFalse();
    }

    @Test
    void aSnoozeMovesTheFiringAndTheOldTimeNoLongerFires() {
        Api.Session me = api.newUser();
        JsonNode reminder = createReminder(
                me, Map.of("text", "Laundry", "at", Instant.now().plusSeconds(2).toString()));
        String id = reminder.get("id").asString();
        Instant until = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);

        Api.Response snoozed =
                api.post(BASE + "/reminders/" + id + "/snooze", me.token(), Map.of("until", until.toString()));
        assertThat(snoozed.status()).as(snoozed.toString()).isEqualTo(200);
        assertThat(snoozed.json().get("fireAt").asString()).isEqualTo(until.toString());

        JsonNode items = awaitNotifications(me, list -> list.size() == 1);
        assertThat(items.get(0).get("occurrenceAt").asString()).isEqualTo(until.toString());
        sleep(Duration.ofSeconds(1));
        assertThat(api.get(BASE + "/notifications", me.token()).json().get("items"))
                .hasSize(1);

        Api.Session stranger = api.newUser();
        assertProblem(api.post(BASE + "/reminders/" + id + "/snooze", stranger.token(), Map.of("minutes", 5)), 404);
        assertField(api.post(BASE + "/reminders/" + id + "/snooze", me.token(), Map.of("minutes", 0)), "minutes");
        Api.Response again = api.post(BASE + "/reminders/" + id + "/snooze", me.token(), Map.of("minutes", 10));
        assertThat(again.json().get("status").asString()).isEqualTo("active");
    }

    @Test
    void aCancelledReminderNeverFires() {
        Api.Session me = api.newUser();
        JsonNode reminder = createReminder(
                me, Map.of("text", "Bins", "at", Instant.now().plusSeconds(2).toString()));
        String id = reminder.get("id").asString();

        assertProblem(api.delete(BASE + "/reminders/" + id, api.newUser().token()), 404);
        assertThat(api.delete(BASE + "/reminders/" + id, me.token()).status()).isEqualTo(204);

        sleep(Duration.ofSeconds(4));
        assertThat(api.get(BASE + "/notifications", me.token()).json().get("items"))
                .isEmpty();
        assertThat(reminder(me, id).get("status").asString()).isEqualTo("cancelled");
        assertThat(api.get(BASE + "/reminders", me.token()).json().get("items")).isEmpty();
        assertProblem(api.post(BASE + "/reminders/" + id + "/snooze", me.token(), Map.of("minutes", 5)), 409);
    }

    @Test
    void anOccurrenceInQuietHoursIsDeliveredWhenTheyEnd() {
        Api.Session me = api.newUser();
        Instant now = Instant.now();
        LocalTime start =
                LocalTime.ofInstant(now.minusSeconds(3600), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        Instant quietEnd = now.plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        LocalTime end = LocalTime.ofInstant(quietEnd, ZoneOffset.UTC);
        Api.Response saved = api.send(
                "PUT",
                BASE + "/settings",
                me.token(),
                Map.of("timeZone", "UTC", "quietHours", Map.of("start", start.toString(), "end", end.toString())));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(api.get(BASE + "/settings", me.token())
                        .json()
                        .get("quietHours")
                        .get("end")
                        .asString())
                .isEqualTo(end.toString());

        Instant at = now.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        JsonNode reminder = createReminder(me, Map.of("text", "Shh", "at", at.toString()));
        assertThat(reminder.get("nextAt").asString()).isEqualTo(at.toString());
        assertThat(reminder.get("fireAt").asString()).isEqualTo(quietEnd.toString());

        JsonNode notification =
                awaitNotifications(me, items -> items.size() == 1).get(0);
        assertThat(Instant.parse(notification.get("firedAt").asString())).isAfterOrEqualTo(quietEnd);
        assertThat(notification.get("occurrenceAt").asString()).isEqualTo(at.toString());
    }

    @Test
    void anUnacknowledgedNotificationGetsOneGentlerRepeatThenNothing() throws Exception {
        Api.Session me = api.newUser();
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        String id = createReminder(me, Map.of("text", "Meds", "at", at.toString()))
                .get("id")
                .asString();
        awaitNotifications(me, items -> items.size() == 1);
        String escalationJob = id + "/" + at.toEpochMilli();
        // The escalation job is due in 15 minutes; run it now, twice, as a revived job would.
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = :name and task_instance = :id")
                        .param("name", ReminderJobs.ESCALATE)
                        .param("id", escalationJob)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        escalation.run(escalationJob, new JobAttempt(1, 4));
        escalation.run(escalationJob, new JobAttempt(2, 4));

        JsonNode items = api.get(BASE + "/notifications", me.token()).json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("escalationStep").asInt()).isEqualTo(1);
        api.post(BASE + "/notifications/" + items.get(0).get("id").asString() + "/ack", me.token(), null);
        assertThat(api.get(BASE + "/notifications", me.token()).json().get("items"))
                .allSatisfy(n -> assertThat(n.get("acknowledgedAt").isNull()).isFalse());
    }

    @Test
    void anAcknowledgedNotificationIsNotRepeated() throws Exception {
        Api.Session me = api.newUser();
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        String id = createReminder(me, Map.of("text", "Call mum", "at", at.toString()))
                .get("id")
                .asString();
        JsonNode first = awaitNotifications(me, items -> items.size() == 1).get(0);
        api.post(BASE + "/notifications/" + first.get("id").asString() + "/ack", me.token(), null);

        escalation.run(id + "/" + at.toEpochMilli(), new JobAttempt(1, 4));

        assertThat(api.get(BASE + "/notifications", me.token()).json().get("items"))
                .hasSize(1);
    }

    private JsonNode createReminder(Api.Session user, Map<String, String> body) {
        Api.Response created = api.post(BASE + "/reminders", user.token(), new HashMap<>(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonNode reminder(Api.Session user, String id) {
        Api.Response response = api.get(BASE + "/reminders/" + id, user.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode awaitNotifications(Api.Session user, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plusSeconds(10);
        JsonNode items;
        do {
            items = api.get(BASE + "/notifications", user.token()).json().get("items");
            if (until.test(items)) {
                return items;
            }
            sleep(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("notifications never matched: " + items);
    }

    private JsonNode awaitReminder(Api.Session user, String id, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plusSeconds(10);
        JsonNode reminder;
        do {
            reminder = reminder(user, id);
            if (until.test(reminder)) {
                return reminder;
            }
            sleep(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("reminder never matched: " + reminder);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
    }

    private static void assertField(Api.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .as(response.toString())
                .containsExactly(field);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
