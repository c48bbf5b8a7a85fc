package io.vectort.assistant.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The morning plan as a check-in (in the app and by email, once) and the plan and review
 * endpoints, with a real SMTP server in the test JVM. A context of its own, closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CheckInIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant";
    private static final Mailbox MAIL = new Mailbox();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    CheckInScanner scanner;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void aMorningPlanThatCameDueIsDeliveredOnceInTheAppAndByEmail() throws Exception {
        Api.Session me = verifiedUser();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        api.post(BASE + "/tasks", me.token(), Map.of("title", "Call the dentist", "due", yesterday));
        api.post(BASE + "/tasks", me.token(), Map.of("title", "Sort the mail"));
        Instant planAt = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        Api.Response saved = api.send(
                "PUT",
                BASE + "/settings",
                me.token(),
                Map.of(
                        "timeZone",
                        "UTC",
                        "channels",
                        Map.of("email", true),
                        "checkIns",
                        Map.of("morningPlanAt", CLOCK.format(planAt.atOffset(ZoneOffset.UTC)))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        assertThat(scanner.scan(planAt.minusSeconds(1))).as("not yet due").isZero();
        assertThat(scanner.scan(planAt.plusSeconds(5))).isGreaterThanOrEqualTo(1);

        JsonNode plan = awaitCheckIns(me, 1).get(0);
        assertThat(plan.get("kind").asString()).isEqualTo("morning_plan");
        assertThat(plan.get("reminderId").isNull()).isTrue();
        assertThat(plan.get("occurrenceAt").asString()).isEqualTo(planAt.toString());
        assertThat(plan.get("text").asString()).isEqualTo("""
                        Today, 2 things:
                        1. Call the dentist (carried over)
                        2. Sort the mail
                        First step: Call the dentist""");
        MimeMessage email = awaitEmails(me, 1).get(0);
        assertThat(Mailbox.subject(email)).isEqualTo("Your plan for today");
        assertThat(Mailbox.text(email))
                .contains("1. Call the dentist (carried over)")
                .contains(Mailbox.PUBLIC_URL + "/assistant/settings");

        assertThat(scanner.scan(planAt.plusSeconds(40))).as("a second scan").isZero();
        Thread.sleep(1000);
        assertThat(checkIns(me)).hasSize(1);
        assertThat(emails(me)).hasSize(1);

        Api.Response acknowledged =
                api.post(BASE + "/notifications/" + plan.get("id").asString() + "/ack", me.token(), null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledgedAt").isNull()).isFalse();
    }

    @Test
    void thePlanAndTheReviewAreServedToTheirOwnerOnly() {
        Api.Session me = verifiedUser();
        Api.Session stranger = api.newUser();
        api.post(BASE + "/tasks", me.token(), Map.of("title", "Water the plants"));
        String done = api.post(BASE + "/tasks", me.token(), Map.of("title", "Buy bread"))
                .json()
                .get("id")
                .asString();
        assertThat(api.patch(BASE + "/tasks/" + done, me.token(), Map.of("done", true))
                        .status())
                .isEqualTo(200);

        JsonNode plan = api.get(BASE + "/plan/today", me.token()).json();
        assertThat(plan.get("tasks")).hasSize(1);
        assertThat(plan.at("/tasks/0/title").asString()).isEqualTo("Water the plants");
        assertThat(plan.at("/tasks/0/reason").asString()).isEqualTo("undated");
        assertThat(plan.get("firstStep").asString()).isEqualTo("Water the plants");
        assertThat(plan.get("language").asString()).isEqualTo("en");

        JsonNode review = api.get(BASE + "/plan/review", me.token()).json();
        assertThat(review.get("tasksDone").get(0).asString()).isEqualTo("Buy bread");
        assertThat(review.get("kindLine").asString()).isEqualTo("1 done today. Tomorrow is free so far.");
        assertThat(review.at("/stillOpen/0/title").asString()).isEqualTo("Water the plants");

        JsonNode theirs = api.get(BASE + "/plan/today", stranger.token()).json();
        assertThat(theirs.get("tasks")).isEmpty();
        assertThat(theirs.get("text").asString()).isEqualTo("Nothing planned today. Enjoy it.");
        assertThat(api.get(BASE + "/plan/review", stranger.token()).json().get("tasksDone"))
                .isEmpty();
    }

    private Api.Session verifiedUser() {
        Api.Session user = api.newUser();
        jdbc.sql("update users set email_verified_at = now() where id = :id")
                .param("id", user.userId())
                .update();
        return user;
    }

    private List<JsonNode> checkIns(Api.Session user) {
        JsonNode items = api.get(BASE + "/notifications", user.token()).json().get("items");
        return items.valueStream()
                .filter(n -> !n.get("kind").asString().equals("reminder"))
                .toList();
    }

    private List<JsonNode> awaitCheckIns(Api.Session user, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (checkIns(user).size() < count) {
            assertThat(System.currentTimeMillis()).as("check-ins within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        return checkIns(user);
    }

    private static List<MimeMessage> emails(Api.Session user) {
        return MAIL.to(user.email()).stream()
                .filter(m -> !Mailbox.subject(m).contains("Vectort"))
                .toList();
    }

    private static List<MimeMessage> awaitEmails(Api.Session user, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (emails(user).size() < count) {
            assertThat(System.currentTimeMillis()).as("emails within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        return emails(user);
    }
}
