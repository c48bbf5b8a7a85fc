package io.vectort.assistant.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reminders by email through a real SMTP server in the test JVM: sent once to users who chose
 * email and verified their address, gentler for the repeat, never to others. A context of its own
 * (SMTP, a 2-second escalation), closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AssistantEmailIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant";
    private static final Mailbox MAIL = new Mailbox();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
        registry.add("vectort.assistant.escalation-after", () -> "2s");
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void aReminderIsEmailedOnceThenOnceMoreGentlyWhenNobodyAcknowledgesIt() throws Exception {
        Api.Session me = verifiedUser();
        JsonNode settings = chooseEmail(me, true);
        assertThat(settings.at("/channels/email").asBoolean()).isTrue();
        assertThat(settings.at("/channels/emailAvailable").asBoolean()).isTrue();
        assertThat(settings.at("/channels/emailVerified").asBoolean()).isTrue();

        remindInASecond(me, "Call the dentist");

        MimeMessage first = awaitNudges(me, 1).get(0);
        assertThat(Mailbox.subject(first)).isEqualTo("Reminder: Call the dentist");
        String text = Mailbox.text(first);
        assertThat(text).contains("A quick reminder:", "Call the dentist", Mailbox.PUBLIC_URL + "/assistant");
        assertThat(text).contains("To turn them off: " + Mailbox.PUBLIC_URL + "/assistant/settings");
        assertThat(Mailbox.html(first))
                .contains("href=\"" + Mailbox.PUBLIC_URL + "/assistant\"")
                .contains("href=\"" + Mailbox.PUBLIC_URL + "/assistant/settings\"");

        MimeMessage repeat = awaitNudges(me, 2).get(1);
        assertThat(Mailbox.subject(repeat)).isEqualTo("Still on your list: Call the dentist");
        assertThat(Mailbox.text(repeat)).contains("no pressure").doesNotContain("overdue", "missed");

        Thread.sleep(2500);
        assertThat(nudges(me)).as("one email per step, no more").hasSize(2);
        assertThat(jdbc.sql(
                                "select count(*) from assistant_email_deliveries where user_id = :u and sent_at is not null")
                        .param("u", me.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void frenchUsersGetFrenchEmails() {
        Api.Session me = verifiedUser();
        Api.Response saved = api.send(
                "PUT",
                BASE + "/settings",
                me.token(),
                Map.of("timeZone", "Europe/Paris", "channels", Map.of("email", true)),
                "Accept-Language",
                "fr-FR,fr;q=0.9,en;q=0.5");
        assertThat(saved.json().get("language").asString()).isEqualTo("fr");

        remindInASecond(me, "Appeler le dentiste");

        MimeMessage mail = awaitNudges(me, 1).get(0);
        assertThat(Mailbox.subject(mail)).isEqualTo("Rappel : Appeler le dentiste");
        assertThat(Mailbox.text(mail)).contains("Pour les désactiver : " + Mailbox.PUBLIC_URL + "/assistant/settings");
    }

    @Test
    void noEmailWhenEmailIsNotChosenOrTheAddressIsNotVerified() throws Exception {
        Api.Session notChosen = verifiedUser();
        chooseEmail(notChosen, false);
        Api.Session unverified = api.newUser();
        chooseEmail(unverified, true);

        remindInASecond(notChosen, "Water the plants");
        remindInASecond(unverified, "Feed the cat");
        awaitInApp(notChosen);
        awaitInApp(unverified);
        Thread.sleep(1500);

        assertThat(nudges(notChosen)).isEmpty();
        assertThat(nudges(unverified)).isEmpty();
        assertThat(jdbc.sql("select count(*) from assistant_email_deliveries where user_id in (:a, :b)")
                        .param("a", notChosen.userId())
                        .param("b", unverified.userId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Api.Session verifiedUser() {
        Api.Session user = api.newUser();
        jdbc.sql("update users set email_verified_at = now() where id = :id")
                .param("id", user.userId())
                .update();
        return user;
    }

    private JsonNode chooseEmail(Api.Session user, boolean email) {
        Api.Response saved = api.send(
                "PUT", BASE + "/settings", user.token(), Map.of("timeZone", "UTC", "channels", Map.of("email", email)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return saved.json();
    }

    private void remindInASecond(Api.Session user, String text) {
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = api.post(BASE + "/reminders", user.token(), Map.of("text", text, "at", at.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private void awaitInApp(Api.Session user) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (api.get(BASE + "/notifications", user.token())
                .json()
                .get("items")
                .isEmpty()) {
            assertThat(System.currentTimeMillis())
                    .as("no notification within 10 s")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The Assistant's emails to this user so far (not the account emails), oldest first. */
    private static List<MimeMessage> nudges(Api.Session user) {
        return MAIL.to(user.email()).stream()
                .filter(m -> !Mailbox.subject(m).contains("Vectort"))
                .toList();
    }

    private static List<MimeMessage> awaitNudges(Api.Session user, int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (nudges(user).size() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("fewer than " + count + " emails within 10 s: "
                        + nudges(user).size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return nudges(user);
    }
}
