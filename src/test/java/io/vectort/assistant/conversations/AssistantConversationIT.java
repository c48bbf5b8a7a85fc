package io.vectort.assistant.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Talking to the Assistant without any AI provider: messages are understood, carried out and answered. */
class AssistantConversationIT extends IntegrationTest {

    @Autowired
    InAppNotifications notifications;

    private static final String BASE = "/api/v1/assistant";

    @Test
    void aTiredPersonsMessagesBecomeRemindersTasksAndMemories() {
        Api.Session me = api.newUser();
        api.send("PUT", BASE + "/settings", me.token(), Map.of("timeZone", "Europe/Paris"));
        String conversation = newConversation(me);

        Instant before = Instant.now();
        JsonNode reminded = say(me, conversation, "remind me to stretch in 1 minute");
        assertThat(reminded.get("reply").get("intent").asString()).isEqualTo("add_reminder");
        assertThat(reminded.get("reply").get("notAi").asBoolean()).isTrue();
        assertThat(reminded.get("reply").get("content").asString())
                .contains("stretch")
                .contains("no AI");
        JsonNode reminder =
                api.get(BASE + "/reminders", me.token()).json().get("items").get(0);
        assertThat(reminder.get("text").asString()).isEqualTo("stretch");
        Instant fireAt = Instant.parse(reminder.get("fireAt").asString());
        assertThat(fireAt).isBetween(before.plusSeconds(55), Instant.now().plusSeconds(61));

        JsonNode remembered = say(me, conversation, "remember that my sister is Léa");
        assertThat(remembered.get("reply").get("intent").asString()).isEqualTo("remember");
        assertThat(api.get(BASE + "/memories", me.token())
                        .json()
                        .get("items")
                        .get(0)
                        .get("fact")
                        .asString())
                .containsIgnoringCase("sister is Léa");

        JsonNode added = say(me, conversation, "ajoute acheter du pain");
        assertThat(added.get("reply").get("intent").asString()).isEqualTo("add_task");
        assertThat(added.get("reply").get("content").asString()).startsWith("Ajouté");
        assertThat(say(me, conversation, "je fais quoi")
                        .get("reply")
                        .get("content")
                        .asString())
                .contains("acheter du pain");
        assertThat(say(me, conversation, "fini 1").get("reply").get("intent").asString())
                .isEqualTo("complete");
        assertThat(api.get(BASE + "/tasks", me.token()).json().get("items")).isEmpty();

        JsonNode unknown = say(me, conversation, "why is the sky blue?");
        assertThat(unknown.get("reply").get("intent").asString()).isEqualTo("not_understood");

        JsonNode history = api.get(BASE + "/conversations/" + conversation + "/messages", me.token())
                .json();
        // A conversation its user named keeps that name.
        assertThat(api.get(BASE + "/conversations/" + conversation, me.token())
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Today");
        // One nobody named is named after its first message, and later messages do not rename it.
        String unnamed = api.post(BASE + "/conversations", me.token(), Map.of())
                .json()
                .get("id")
                .asString();
        say(me, unnamed, "rappelle-moi de boire de l'eau dans 2h");
        say(me, unnamed, "liste");
        assertThat(api.get(BASE + "/conversations/" + unnamed, me.token())
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("rappelle-moi de boire de l'eau dans 2h");
        assertThat(history.get("items")).hasSize(12);
        assertThat(history.get("items").get(0).get("content").asString()).isEqualTo("remind me to stretch in 1 minute");
        assertThat(history.get("items").get(1).get("role").asString()).isEqualTo("assistant");
    }

    @Test
    void theReminderMadeByAMessageFiresAndCanBeSnoozedByAnother() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me);
        say(me, conversation, "remind me to drink water in 1 minute");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !api.get(BASE + "/notifications", me.token())
                        .json()
                        .get("items")
                        .isEmpty());
        // A check-in arriving after the nudge has no reminder: "snooze" still means the nudge.
        notifications.recordCheckIn(me.userId(), "morning_plan", "Today: drink water", Instant.now());
        JsonNode snoozed = say(me, conversation, "snooze 10 min");
        assertThat(snoozed.get("reply").get("intent").asString()).isEqualTo("snooze");
        JsonNode reminder =
                api.get(BASE + "/reminders", me.token()).json().get("items").get(0);
        assertThat(Instant.parse(reminder.get("fireAt").asString()))
                .isAfter(Instant.now().plusSeconds(9 * 60));
    }

    @Test
    void conversationsArePrivateAndBadMessagesStoreNothing() {
        Api.Session me = api.newUser();
        Api.Session other = api.newUser();
        String conversation = newConversation(me);

        assertThat(api.get(BASE + "/conversations/" + conversation, other.token())
                        .status())
                .isEqualTo(404);
        Api.Response intrusion = api.post(
                BASE + "/conversations/" + conversation + "/messages", other.token(), Map.of("content", "hello"));
        assertThat(intrusion.status()).isEqualTo(404);
        assertThat(api.get(BASE + "/conversations", other.token()).json().get("items"))
                .isEmpty();

        Api.Response empty =
                api.post(BASE + "/conversations/" + conversation + "/messages", me.token(), Map.of("content", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("content");
        assertThat(api.get(BASE + "/conversations/" + conversation + "/messages", me.token())
                        .json()
                        .get("items"))
                .isEmpty();
    }

    private String newConversation(Api.Session user) {
        Api.Response created = api.post(BASE + "/conversations", user.token(), Map.of("title", "Today"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode say(Api.Session user, String conversation, String content) {
        Api.Response response = api.post(
                BASE + "/conversations/" + conversation + "/messages", user.token(), Map.of("content", content));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
