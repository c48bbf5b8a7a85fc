package io.vectort.assistant.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.assistant.reminders.Nudge;
import io.vectort.jobs.JobAttempt;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web push end to end: browsers (real P-256 keys and auth secrets) subscribe over HTTP, a reminder
 * fires, and an in-JVM push service receives the pushes; the test checks the VAPID JWT against the
 * public key and decrypts each body as the browser would.
 */
class WebPushIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant/push";
    private static final Pattern VAPID = Pattern.compile("vapid t=([^,]+), k=(\\S+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PushJob job;

    @Autowired
    AssistantPush push;

    private FakePushService pushService;

    @BeforeEach
    void startPushService() throws Exception {
        pushService = new FakePushService();
    }

    @AfterEach
    void stopPushService() {
        pushService.close();
    }

    @Test
    void aFiringReminderIsPushedOnceToEachBrowserEvenWhenOneAsksForARetry() throws Exception {
        Api.Session me = api.newUser();
        Browser laptop = new Browser();
        Browser phone = new Browser();
        assertThat(subscribe(me, "laptop", laptop).status()).isEqualTo(201);
        assertThat(subscribe(me, "phone", phone).status()).isEqualTo(201);
        pushService.answer("phone", 503);
        String publicKey = api.get(BASE + "/public-key", me.token())
                .json()
                .get("publicKey")
                .asString();
        double sentBefore = api.metric("vectort_assistant_push_total", "status=\"sent\"");

        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Api.Response reminder = api.post(
                "/api/v1/assistant/reminders", me.token(), Map.of("text", "Take the pills 💊", "at", at.toString()));
        assertThat(reminder.status()).as(reminder.toString()).isEqualTo(201);
        String reminderId = reminder.json().get("id").asString();

        await(() -> pushService.received("laptop").size() == 1
                && pushService.received("phone").size() == 2);
        FakePushService.Received onLaptop = pushService.received("laptop").getFirst();
        assertVapid(onLaptop, publicKey);
        assertThat(onLaptop.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(onLaptop.header("TTL")).isEqualTo("3600");
        assertThat(onLaptop.header("Urgency")).isEqualTo("high");
        assertThat(onLaptop.header("Topic")).hasSize(32);
        JsonNode payload = JSON.readTree(laptop.decrypt(onLaptop.body()));
        assertThat(payload.get("title").asString()).isEqualTo("Reminder");
        assertThat(payload.get("body").asString()).isEqualTo("Take the pills 💊");
        assertThat(payload.get("reminderId").asString()).isEqualTo(reminderId);
        assertThat(payload.get("occurrenceAt").asString()).isEqualTo(at.toString());
        assertThat(payload.get("escalationStep").asInt()).isZero();
        assertThat(payload.get("url").asString()).isEqualTo("/assistant");

        List<FakePushService.Received> onPhone = pushService.received("phone");
        assertThat(onPhone).extracting(FakePushService.Received::answered).containsExactly(503, 201);
        assertThat(JSON.readTree(phone.decrypt(onPhone.get(1).body()))
                        .get("body")
                        .asString())
                .isEqualTo("Take the pills 💊");

        // The job once more (a revived run): every browser already has it, nothing is sent again.
        UUID message = jdbc.sql("select id from assistant_push_messages where reminder_id = :r")
                .param("r", UUID.fromString(reminderId))
                .query(UUID.class)
                .single();
        job.run(message.toString(), new JobAttempt(1, 4));
        Thread.sleep(300);
        assertThat(pushService.received("laptop")).hasSize(1);
        assertThat(pushService.received("phone")).hasSize(2);
        assertThat(api.metric("vectort_assistant_push_total", "status=\"sent\"") - sentBefore)
                .isEqualTo(2.0);
        JsonNode listed = api.get(BASE + "/subscriptions", me.token()).json().get("items");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("lastSuccessAt").isNull()).isFalse();
    }

    @Test
    void theGentleRepeatIsWordedGentlyAndReplacesTheFirstNudgeAtThePushService() throws Exception {
        Api.Session me = api.newUser();
        Browser laptop = new Browser();
        subscribe(me, "laptop", laptop);
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        api.post("/api/v1/assistant/reminders", me.token(), Map.of("text", "Call Léa", "at", at.toString()));
        await(() -> pushService.received("laptop").size() == 1);
        UUID reminderId = jdbc.sql("select id from assistant_reminders where user_id = :u")
                .param("u", me.userId())
                .query(UUID.class)
                .single();

        deliverEscalation(me.userId(), reminderId, at);
        await(() -> pushService.received("laptop").size() == 2);
        List<FakePushService.Received> received = pushService.received("laptop");
        JsonNode repeat = JSON.readTree(laptop.decrypt(received.get(1).body()));
        assertThat(repeat.get("title").asString()).isEqualTo("Still on your list");
        assertThat(repeat.get("body").asString()).isEqualTo("Call Léa");
        assertThat(repeat.get("escalationStep").asInt()).isEqualTo(1);
        assertThat(received.get(1).header("Topic")).isEqualTo(received.get(0).header("Topic"));
    }

    @Test
    void aCheckInIsPushedOnceAndNobodyIsPushedWhoTurnedPushOff() throws Exception {
        Api.Session me = api.newUser();
        Browser laptop = new Browser();
        subscribe(me, "laptop", laptop);
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        push.queueCheckIn(me.userId(), "morning_plan/2026-12-04", "Your plan for today", "1. Call Léa", due);
        push.queueCheckIn(me.userId(), "morning_plan/2026-12-04", "Your plan for today", "1. Call Léa", due);
        await(() -> pushService.received("laptop").size() == 1);
        JsonNode plan = JSON.readTree(
                laptop.decrypt(pushService.received("laptop").getFirst().body()));
        assertThat(plan.get("title").asString()).isEqualTo("Your plan for today");
        assertThat(plan.get("body").asString()).isEqualTo("1. Call Léa");
        assertThat(plan.get("checkIn").asString()).isEqualTo("morning_plan/2026-12-04");

        Api.Response off = api.send(
                "PUT",
                "/api/v1/assistant/settings",
                me.token(),
                Map.of("timeZone", "UTC", "channels", Map.of("push", false)));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        api.post(
                "/api/v1/assistant/reminders",
                me.token(),
                Map.of("text", "Drink water", "at", Instant.now().plusSeconds(1).toString()));
        push.queueCheckIn(me.userId(), "evening_review/2026-12-04", "Your day in short", "Nice day", due);
        await(() -> !api.get("/api/v1/assistant/notifications", me.token())
                .json()
                .get("items")
                .isEmpty());
        Thread.sleep(1000);
        assertThat(pushService.received("laptop")).hasSize(1);
    }

    @Test
    void aGoneBrowserIsForgottenAndATestPushReportsIt() throws Exception {
        Api.Session me = api.newUser();
        Browser laptop = new Browser();
        Browser old = new Browser();
        subscribe(me, "laptop", laptop);
        subscribe(me, "old", old);
        pushService.answer("old", 410);

        Api.Response test = api.post(BASE + "/test", me.token(), null);
        assertThat(test.status()).as(test.toString()).isEqualTo(200);
        assertThat(test.json().get("sent").asInt()).isEqualTo(1);
        assertThat(test.json().get("gone").asInt()).isEqualTo(1);
        JsonNode works = JSON.readTree(
                laptop.decrypt(pushService.received("laptop").getFirst().body()));
        assertThat(works.get("body").asString()).isEqualTo("Push works");
        JsonNode listed = api.get(BASE + "/subscriptions", me.token()).json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("host").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void aPushServiceRefusalIsNotRetriedAndKeepsTheBrowser() throws Exception {
        Api.Session me = api.newUser();
        subscribe(me, "strict", new Browser());
        pushService.answer("strict", 403);
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        api.post("/api/v1/assistant/reminders", me.token(), Map.of("text", "Water the plants", "at", at.toString()));

        await(() -> pushService.received("strict").size() == 1);
        // Retries in tests come after 100 ms, 200 ms, 400 ms: none may come.
        Thread.sleep(1500);
        assertThat(pushService.received("strict")).hasSize(1);
        JsonNode listed = api.get(BASE + "/subscriptions", me.token()).json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("lastFailureAt").isNull()).isFalse();
        assertThat(listed.get(0).get("lastSuccessAt").isNull()).isTrue();
    }

    @Test
    void aPersonSubscribesAtMostTenBrowsers() throws Exception {
        Api.Session me = api.newUser();
        for (int i = 0; i < 10; i++) {
            assertThat(subscribe(me, "b" + i, new Browser()).status()).isEqualTo(201);
        }
        Api.Response eleventh = subscribe(me, "b10", new Browser());
        assertProblem(eleventh, 409);
        assertThat(eleventh.json().get("type").asString()).endsWith("/too-many-push-subscriptions");
        // An existing browser may still renew its subscription.
        assertThat(subscribe(me, "b3", new Browser()).status()).isEqualTo(200);
    }

    @Test
    void subscriptionsBelongToTheirUserAndTheSameEndpointIsUpdated() throws Exception {
        Api.Session me = api.newUser();
        Api.Session stranger = api.newUser();
        Browser laptop = new Browser();
        Api.Response first = subscribe(me, "laptop", laptop);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String id = first.json().get("id").asString();
        Api.Response again = subscribe(me, "laptop", new Browser());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        JsonNode listed = api.get(BASE + "/subscriptions", me.token()).json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.toString()).doesNotContain("/push/laptop").doesNotContain("p256dh");

        assertThat(api.get(BASE + "/subscriptions", stranger.token()).json().get("items"))
                .isEmpty();
        assertProblem(api.delete(BASE + "/subscriptions/" + id, stranger.token()), 404);
        assertThat(api.post(BASE + "/test", stranger.token(), null)
                        .json()
                        .get("sent")
                        .asInt())
                .isZero();
        assertThat(api.delete(BASE + "/subscriptions/" + id, me.token()).status())
                .isEqualTo(204);
        assertProblem(api.delete(BASE + "/subscriptions/" + id, me.token()), 404);
        assertThat(count("assistant_push_subscriptions where user_id = '" + me.userId() + "'"))
                .isZero();
    }

    @Test
    void theBrowsersSecretIsStoredSealed() throws Exception {
        Api.Session me = api.newUser();
        Browser laptop = new Browser();
        subscribe(me, "laptop", laptop);
        String stored = jdbc.sql("select auth_sealed from assistant_push_subscriptions where user_id = :u")
                .param("u", me.userId())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(laptop.keysJson().get("auth"));
    }

    @Test
    void badSubscriptionsAreRefusedWithAProblemNamingTheField() throws Exception {
        Api.Session me = api.newUser();
        Map<String, String> keys = new Browser().keysJson();

        assertField(
                api.post(BASE + "/subscriptions", me.token(), Map.of("keys", keys)), "endpoint", "invalid-endpoint");
        assertField(
                api.post(
                        BASE + "/subscriptions",
                        me.token(),
                        Map.of(
                                "endpoint",
                                pushService.endpoint("x"),
                                "keys",
                                Map.of("p256dh", "AAAA", "auth", keys.get("auth")))),
                "keys.p256dh",
                "invalid-key");
        assertField(
                api.post(
                        BASE + "/subscriptions",
                        me.token(),
                        Map.of(
                                "endpoint",
                                pushService.endpoint("x"),
                                "keys",
                                Map.of("p256dh", keys.get("p256dh"), "auth", "c2hvcnQ"))),
                "keys.auth",
                "invalid-key");
        for (String refused : List.of(
                "https://169.254.169.254/latest/meta-data",
                "https://localhost/push",
                "https://10.0.0.8/push",
                "https://[fd00:ec2::254]/push",
                "http://push.example.com/push",
                "ftp://127.0.0.2/push")) {
            assertField(
                    api.post(BASE + "/subscriptions", me.token(), Map.of("endpoint", refused, "keys", keys)),
                    "endpoint",
                    "destination-refused");
        }
        assertThat(count("assistant_push_subscriptions where user_id = '" + me.userId() + "'"))
                .isZero();
    }

    @Test
    void theExportListsTheBrowsersWithoutTheirEndpointOrKeysAndDeletingTheAccountDeletesThem() throws Exception {
        Api.Session me = api.newUser();
        Browser laptop = new Browser();
        subscribe(me, "laptop", laptop);

        Api.Response started = api.post("/api/v1/me/export", me.token(), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Map<String, byte[]> files =
                unzip(api.get(awaitReady(me, started.json().get("id").asString()), null)
                        .bytes());
        String exported = new String(files.get("assistant/push-subscriptions.json"), StandardCharsets.UTF_8);
        JsonNode rows = JSON.readTree(exported);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(rows.get(0).has("createdAt")).isTrue();
        assertThat(exported)
                .doesNotContain("/push/laptop")
                .doesNotContain(laptop.keysJson().get("auth"))
                .doesNotContain(laptop.keysJson().get("p256dh"));

        Api.Response deleted = api.send("DELETE", "/api/v1/me", me.token(), Map.of("confirmEmail", me.email()));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(count("assistant_push_subscriptions where user_id = '" + me.userId() + "'"))
                .isZero();
    }

    @Test
    void theServiceWorkerIsServedAsJavaScriptForTheWholeApp() {
        Api.Response worker = api.send("GET", "/sw.js", null, null, "Accept", "*/*");
        assertThat(worker.status()).as(worker.toString()).isEqualTo(200);
        assertThat(worker.header("Content-Type").orElse("")).matches("(application|text)/javascript(;.*)?");
        assertThat(worker.body()).contains("addEventListener('push'").contains("notificationclick");
        // The app's policy lets it register the worker, and nothing restricts the scope below /.
        assertThat(worker.header("Content-Security-Policy").orElse("")).contains("worker-src 'self'");
        assertThat(worker.header("Service-Worker-Allowed")).isEmpty();
    }

    private String awaitReady(Api.Session user, String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        do {
            JsonNode export = api.get("/api/v1/me/export/" + id, user.token()).json();
            if (export.get("status").asString().equals("ready")) {
                return export.get("downloadUrl").asString();
            }
            Thread.sleep(50);
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

    private Api.Response subscribe(Api.Session user, String browser, Browser keys) {
        return api.post(
                BASE + "/subscriptions",
                user.token(),
                Map.of("endpoint", pushService.endpoint(browser), "expirationTime", "", "keys", keys.keysJson()));
    }

    /** The gentler repeat as the escalation job hands it to the channel (15 minutes later). */
    private void deliverEscalation(UUID userId, UUID reminderId, Instant occurrence) {
        channel.deliver(new Nudge(userId, reminderId, "Call Léa", occurrence, 1));
    }

    @Autowired
    PushChannel channel;

    private void assertVapid(FakePushService.Received received, String publicKey) throws Exception {
        Matcher vapid = VAPID.matcher(received.header("Authorization"));
        assertThat(vapid.matches()).as(received.header("Authorization")).isTrue();
        assertThat(vapid.group(2)).isEqualTo(publicKey);
        String[] jwt = vapid.group(1).split("\\.");
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(Browser.publicKey(Base64.getUrlDecoder().decode(publicKey)));
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(jwt[2])))
                .as("ES256 signature")
                .isTrue();
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        assertThat(header.get("alg").asString()).isEqualTo("ES256");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.get("aud").asString()).isEqualTo(pushService.origin());
        long now = Instant.now().getEpochSecond();
        assertThat(claims.get("exp").asLong())
                .isBetween(now, now + Duration.ofHours(24).toSeconds());
        assertThat(claims.get("sub").asString()).startsWith("mailto:");
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
    }

    private static void assertField(Api.Response response, String field, String code) {
        assertProblem(response, 400);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .as(response.toString())
                .contains(field);
        assertThat(response.json().path("errors").findValuesAsString("code"))
                .as(response.toString())
                .contains(code);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }
}
