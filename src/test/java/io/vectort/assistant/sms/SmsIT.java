package io.vectort.assistant.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.FakeTwilio;
import io.vectort.support.FakeTwilioMessage;
import io.vectort.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Assistant by SMS through a fake Twilio that speaks Twilio's REST API and signs its webhooks
 * as Twilio does: dedicated numbers (one per user), behind a proxy (Twilio calls the public URL,
 * the request arrives on the local port), with the fixed rules answering. A context of its own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmsIT extends IntegrationTest {

    static final String PUBLIC_URL = "https://vectort.test";
    static final String INBOUND = PUBLIC_URL + SmsCallbacks.INBOUND_PATH;
    private static final String BASE = "/api/v1/assistant/sms";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    private NumberReleaser releaser;

    @Autowired
    private SmsRetention retention;

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        FakeTwilio.register((name, value) -> registry.add(name, () -> value));
        registry.add("vectort.web.public-url", () -> PUBLIC_URL);
        registry.add("vectort.sms.routing", () -> "dedicated");
        // Three numbers at 1.15 USD a month.
        registry.add("vectort.sms.number-budget-usd-per-month", () -> "3.5");
        registry.add("vectort.sms.retry-delay", () -> "200ms");
    }

    @BeforeEach
    void freshTwilio() {
        FakeTwilio.reset();
        FakeTwilio.deliverVia(PUBLIC_URL, "http://127.0.0.1:" + port);
        FakeTwilio.sharedNumberWebhook(INBOUND);
        jdbc.sql("update sms_numbers set released_at = now() where released_at is null")
                .update();
    }

    @Test
    void aPhoneIsVerifiedByTheCodeTextedToItAndNothingElseIsTextedBefore() {
        Api.Session me = api.newUser();
        Api.Response asked = api.post(BASE + "/phone", me.token(), Map.of("number", "06 12 34 50 01", "country", "FR"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.json().at("/phone/number").asString()).isEqualTo("+33612345001");
        assertThat(asked.json().at("/phone/verified").asBoolean()).isFalse();
        assertThat(asked.json().get("mode").asString()).isEqualTo("twilio");

        FakeTwilioMessage codeText = awaitTexts("+33612345001", 1).get(0);
        assertThat(codeText.from()).isEqualTo(FakeTwilio.SHARED_NUMBER);
        assertThat(codeText.body()).contains("is your Vectort code");
        assertThat(codeText.statusCallback()).isEqualTo(PUBLIC_URL + SmsCallbacks.STATUS_PATH);

        Api.Response wrong = api.post(BASE + "/phone/verify", me.token(), Map.of("code", "000000"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("wrong-code", "4 tries left", "\"attemptsLeft\":4");
        Api.Response notYet = api.send(
                "PUT",
                "/api/v1/assistant/settings",
                me.token(),
                Map.of("timeZone", "UTC", "channels", Map.of("sms", true)));
        assertThat(notYet.status()).isEqualTo(400);
        assertThat(notYet.body()).contains("phone-not-verified");

        Api.Response verified = api.post(BASE + "/phone/verify", me.token(), Map.of("code", code(codeText)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().at("/phone/verified").asBoolean()).isTrue();

        Api.Session other = api.newUser();
        Api.Response taken = api.post(BASE + "/phone", other.token(), Map.of("number", "+33612345001"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("number-taken");
    }

    @Test
    void codesAreLimitedPerHourWithRetryAfter() {
        Api.Session me = api.newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(BASE + "/phone", me.token(), Map.of("number", "+33612345002"))
                            .status())
                    .isEqualTo(202);
        }
        Api.Response sixth = api.post(BASE + "/phone", me.token(), Map.of("number", "+33612345002"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isPresent();
        assertThat(sixth.body()).contains("too-many-codes");
        Api.Response invalid = api.post(BASE + "/phone", me.token(), Map.of("number", "12"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("invalid-number");
    }

    @Test
    void dedicatedNumbersRouteEachUsersTextsToTheirOwnAssistantAndNoOneElses() {
        Api.Session ann = verifiedUser("+33612345011");
        Api.Session bob = verifiedUser("+33612345012");
        String annNumber = ownNumber(ann);
        String bobNumber = ownNumber(bob);
        assertThat(annNumber).isNotEqualTo(bobNumber).startsWith("+33");
        assertThat(FakeTwilio.numbers())
                .filteredOn(n -> n.phoneNumber().equals(annNumber))
                .singleElement()
                .satisfies(n -> assertThat(n.smsUrl()).isEqualTo(INBOUND));

        FakeTwilio.WebhookResponse webhook = FakeTwilio.text("+33612345011", annNumber, "add buy oat milk");
        assertThat(webhook.status()).isEqualTo(200);
        assertThat(webhook.contentType()).startsWith("text/xml");
        assertThat(webhook.body()).contains("<Response></Response>");
        FakeTwilio.text("+33612345012", bobNumber, "remember my sister is Léa");

        FakeTwilioMessage annReply = awaitTexts("+33612345011", 2).get(1);
        assertThat(annReply.from()).isEqualTo(annNumber);
        assertThat(annReply.body()).containsIgnoringCase("oat milk");
        FakeTwilioMessage bobReply = awaitTexts("+33612345012", 2).get(1);
        assertThat(bobReply.from()).isEqualTo(bobNumber);
        assertThat(bobReply.body()).contains("Léa").doesNotContainIgnoringCase("oat milk");
        assertThat(tasks(ann)).contains("buy oat milk");
        assertThat(tasks(bob)).doesNotContain("buy oat milk");

        // Bob's phone texting Ann's number is a stranger there: never Ann's Assistant.
        FakeTwilio.text("+33612345012", annNumber, "what are my tasks");
        FakeTwilioMessage toBob = awaitTexts("+33612345012", 3).get(2);
        assertThat(toBob.body()).contains("sign up").doesNotContainIgnoringCase("oat milk");

        // Three numbers fit the operator's budget of 3.5 USD a month; a fourth does not.
        ownNumber(verifiedUser("+33612345013"));
        Api.Response fourth =
                api.post(BASE + "/number", verifiedUser("+33612345014").token(), Map.of());
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.body()).contains("number-budget-reached");

        // Deleting the account gives the number back to Twilio.
        Api.Response deleted = api.send("DELETE", "/api/v1/me", ann.token(), Map.of("confirmEmail", ann.email()));
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 202, 204);
        releaser.run();
        assertThat(FakeTwilio.numbers()).extracting(n -> n.phoneNumber()).doesNotContain(annNumber);
    }

    @Test
    void anEmptyPoolOrTheAccountsNumberLimitIsToldClearly() {
        FakeTwilio.availableNumbers("FR", List.of());
        Api.Response none =
                api.post(BASE + "/number", verifiedUser("+33612345121").token(), Map.of());
        assertThat(none.status()).isEqualTo(503);
        assertThat(none.body()).contains("no-numbers-available");

        FakeTwilio.availableNumbers("FR", List.of("+33756780199"));
        FakeTwilio.numberLimit(0);
        Api.Response refused =
                api.post(BASE + "/number", verifiedUser("+33612345122").token(), Map.of());
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.body()).contains("number-refused", "21404");
        assertThat(FakeTwilio.numbers()).isEmpty();
    }

    @Test
    void aTwilioRetryOfTheSameTextIsAnsweredOnce() throws Exception {
        Api.Session me = verifiedUser("+33612345021");
        String number = ownNumber(me);
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        assertThat(FakeTwilio.textWithSid(sid, "+33612345021", number, "add call the bank")
                        .status())
                .isEqualTo(200);
        assertThat(FakeTwilio.textWithSid(sid, "+33612345021", number, "add call the bank")
                        .status())
                .isEqualTo(200);
        awaitTexts("+33612345021", 2);
        Thread.sleep(1500);
        assertThat(texts("+33612345021")).hasSize(2);
        assertThat(tasks(me)).containsOnlyOnce("call the bank");
    }

    @Test
    void aSignatureOverTheLocalUrlOrAlteredParametersIsRefused() throws Exception {
        Api.Session me = verifiedUser("+33612345031");
        String number = ownNumber(me);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        params.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        params.put("From", "+33612345031");
        params.put("To", number);
        params.put("Body", "add forged task");
        params.put("NumMedia", "0");
        String local = "http://127.0.0.1:" + port + SmsCallbacks.INBOUND_PATH;

        // Signed for the URL the request arrives at, not the public URL Twilio was given: refused.
        assertThat(postSigned(params, FakeTwilio.signature(FakeTwilio.AUTH_TOKEN, local, params)))
                .isEqualTo(403);
        // Signed right, then a parameter changed on the way: refused.
        String right = FakeTwilio.signature(FakeTwilio.AUTH_TOKEN, INBOUND, params);
        Map<String, String> altered = new LinkedHashMap<>(params);
        altered.put("Body", "add something else");
        assertThat(postSigned(altered, right)).isEqualTo(403);
        assertThat(postSigned(params, "")).isEqualTo(403);
        assertThat(tasks(me)).doesNotContain("forged task", "something else");
        // The same request, signed over the public URL: taken.
        assertThat(postSigned(params, right)).isEqualTo(200);
        awaitTexts("+33612345031", 2);
        assertThat(tasks(me)).contains("forged task");
    }

    @Test
    void stopOptsOutAtOnceStartOptsBackInAndHelpSaysWhatThisIs() {
        Api.Session me = verifiedUser("+33612345041");
        String number = ownNumber(me);
        api.send(
                "PUT",
                "/api/v1/assistant/settings",
                me.token(),
                Map.of("timeZone", "UTC", "channels", Map.of("sms", true)));

        FakeTwilio.text("+33612345041", number, "HELP");
        FakeTwilioMessage help = awaitTexts("+33612345041", 2).get(1);
        assertThat(help.body()).contains("Vectort Assistant", "STOP");

        List<String> stops = List.of("STOP", "stopall", "Unsubscribe", "CANCEL", "end", "QUIT", "ARRET");
        for (int i = 0; i < stops.size(); i++) {
            String stop = stops.get(i);
            int welcomed = i + 1;
            FakeTwilio.text("+33612345041", number, stop);
            awaitState(me, state -> state.at("/phone/optedOut").asBoolean());
            assertThat(api.get(BASE, me.token()).json().at("/phone/optedOut").asBoolean())
                    .as(stop)
                    .isTrue();
            FakeTwilio.text("+33612345041", number, stop.equals("ARRET") ? "START" : "UNSTOP");
            awaitState(me, state -> !state.at("/phone/optedOut").asBoolean());
            awaitUntil(() -> welcomes("+33612345041") >= welcomed);
        }
        // STOP texts nothing back (Twilio confirms it); every START is welcomed back.
        assertThat(welcomes("+33612345041")).isEqualTo(7);

        FakeTwilio.text("+33612345041", number, "STOP");
        awaitState(me, state -> state.at("/phone/optedOut").asBoolean());
        int before = texts("+33612345041").size();
        remindInASecond(me, "Drink water");
        awaitNotification(me);
        FakeTwilio.text("+33612345041", number, "add stretch");
        awaitTaskTitled(me, "stretch");
        awaitUntil(() -> jdbc.sql("select count(*) from sms_messages where user_id = :u and status = 'blocked'"
                                + " and error_code = 'opted-out'")
                        .param("u", me.userId())
                        .query(Long.class)
                        .single()
                >= 1);
        assertThat(texts("+33612345041"))
                .as("nothing texted to an opted-out number")
                .hasSize(before);
    }

    @Test
    void aReminderIsTextedAndDoneActsOnIt() {
        Api.Session me = verifiedUser("+33612345051");
        String number = ownNumber(me);
        Api.Response chosen = api.send(
                "PUT",
                "/api/v1/assistant/settings",
                me.token(),
                Map.of("timeZone", "UTC", "channels", Map.of("sms", true)));
        assertThat(chosen.json().at("/channels/sms").asBoolean()).isTrue();
        assertThat(chosen.json().at("/channels/smsReachable").asBoolean()).isTrue();

        remindInASecond(me, "Call the dentist");
        FakeTwilioMessage reminder = awaitTexts("+33612345051", 2).get(1);
        assertThat(reminder.from()).isEqualTo(number);
        assertThat(reminder.body()).startsWith("Reminder: Call the dentist").contains("DONE");

        FakeTwilio.text("+33612345051", number, "done");
        FakeTwilioMessage ack = awaitTexts("+33612345051", 3).get(2);
        assertThat(ack.body()).containsIgnoringCase("dentist");
        assertThat(jdbc.sql("select acknowledged_at is not null from assistant_notifications where user_id = :u"
                                + " and reminder_id is not null order by fired_at limit 1")
                        .param("u", me.userId())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // Delivery reports are stored in order and shown to the user, with the price.
        FakeTwilio.awaitCallbacks(Duration.ofSeconds(10));
        awaitMessage(
                me,
                m -> m.get("body").asString().startsWith("Reminder:")
                        && m.get("status").asString().equals("delivered")
                        && !m.get("priceUsd").isNull());
        JsonNode usage = api.get(BASE, me.token()).json().get("usage");
        assertThat(usage.get("segmentsSent").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(usage.get("segmentsReceived").asInt()).isEqualTo(1);
        assertThat(api.metric("vectort_sms_messages_total", "direction=\"outbound\",status=\"delivered\""))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void quietHoursHoldAReminderTextUntilTheyEnd() {
        Api.Session me = verifiedUser("+33612345061");
        ownNumber(me);
        Instant now = Instant.now();
        String start = now.minus(1, ChronoUnit.HOURS)
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalTime()
                .withSecond(0)
                .withNano(0)
                .toString();
        String end = now.plus(2, ChronoUnit.HOURS)
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalTime()
                .withSecond(0)
                .withNano(0)
                .toString();
        Api.Response saved = api.send(
                "PUT",
                "/api/v1/assistant/settings",
                me.token(),
                Map.of(
                        "timeZone",
                        "UTC",
                        "channels",
                        Map.of("sms", true),
                        "quietHours",
                        Map.of("start", start, "end", end)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        remindInASecond(me, "Take the pills");
        // The firing finds quiet hours and moves itself to their end, texting nothing now.
        awaitUntil(
                () -> jdbc.sql("select fire_at > now() + interval '1 hour' from assistant_reminders where user_id = :u")
                        .param("u", me.userId())
                        .query(Boolean.class)
                        .single());
        assertThat(texts("+33612345061"))
                .as("the code only: the reminder waits for the end of quiet hours")
                .hasSize(1);
    }

    @Test
    void undeliveredTextsAreRetriedOnlyForErrorsThatPass() {
        Api.Session me = verifiedUser("+33612345071");
        String number = ownNumber(me);
        FakeTwilio.unreachable("+33612345071", 30003);
        FakeTwilio.text("+33612345071", number, "add water plants");
        awaitUntil(() -> texts("+33612345071").size() >= 4);
        assertThat(texts("+33612345071").subList(1, 4))
                .extracting(FakeTwilioMessage::body)
                .as("the reply, tried three times")
                .allSatisfy(body -> assertThat(body).containsIgnoringCase("water plants"));

        Api.Session other = verifiedUser("+33612345072");
        String otherNumber = ownNumber(other);
        FakeTwilio.failing("+33612345072", 30007);
        FakeTwilio.text("+33612345072", otherNumber, "add call mum");
        awaitTexts("+33612345072", 2);
        awaitMessage(
                other,
                m -> m.get("status").asString().equals("failed")
                        && "30007".equals(m.get("errorCode").asString()));
        assertThat(texts("+33612345072")).as("carrier filtering is not retried").hasSize(2);
    }

    @Test
    void sendingRetriesServerErrorsAndUnsubscribedNumbersAreOptedOut() {
        Api.Session me = verifiedUser("+33612345081");
        String number = ownNumber(me);
        FakeTwilio.failNextSends(1, 500, 20500);
        FakeTwilio.text("+33612345081", number, "add fix bike");
        assertThat(awaitTexts("+33612345081", 2).get(1).body()).containsIgnoringCase("fix bike");

        FakeTwilio.optOut("+33612345081");
        FakeTwilio.text("+33612345081", number, "add buy bread");
        awaitState(me, state -> state.at("/phone/optedOut").asBoolean());
    }

    @Test
    void aStrangerIsToldHowToSignUpOnceADayAndMediaIsAnsweredPolitely() throws Exception {
        FakeTwilio.text("+33612345091", FakeTwilio.SHARED_NUMBER, "hello?");
        FakeTwilioMessage answer = awaitTexts("+33612345091", 1).get(0);
        assertThat(answer.body()).contains("sign up", PUBLIC_URL);
        FakeTwilio.text("+33612345091", FakeTwilio.SHARED_NUMBER, "hello??");
        Thread.sleep(1500);
        assertThat(texts("+33612345091")).hasSize(1);

        Api.Session me = verifiedUser("+33612345092");
        String number = ownNumber(me);
        FakeTwilio.text(
                "+33612345092", number, "", Map.of("NumMedia", "1", "MediaUrl0", "https://example.test/cat.jpg"));
        assertThat(awaitTexts("+33612345092", 2).get(1).body()).contains("only read text");
    }

    @Test
    void aLongAnswerIsCutAtASentenceAndMoreSendsTheRest() {
        Api.Session me = verifiedUser("+33612345101");
        String number = ownNumber(me);
        for (int i = 1; i <= 12; i++) {
            api.post("/api/v1/assistant/tasks", me.token(), Map.of("title", "a fairly long task title number " + i));
        }
        FakeTwilio.text("+33612345101", number, "list");
        FakeTwilioMessage first = awaitTexts("+33612345101", 2).get(1);
        assertThat(first.body()).endsWith("(reply MORE)");
        assertThat(first.numSegments()).isLessThanOrEqualTo(3);
        FakeTwilio.text("+33612345101", number, "MORE");
        FakeTwilioMessage rest = awaitTexts("+33612345101", 3).get(2);
        assertThat(rest.body()).contains("number 12");
    }

    @Test
    void theMonthsSegmentBudgetStopsTextsButNotHelp() {
        Api.Session me = verifiedUser("+33612345111");
        String number = ownNumber(me);
        // The free plan's 50 segments, used up this month.
        jdbc.sql("""
                        insert into sms_messages (id, user_id, direction, kind, reference, from_number, to_number, body,
                            segments, encoding, status)
                        values (gen_random_uuid(), :u, 'outbound', 'reply', :ref, :from, '+33612345111', 'earlier', 50,
                            'GSM-7', 'delivered')""")
                .param("u", me.userId())
                .param("ref", "test:" + me.userId())
                .param("from", number)
                .update();
        FakeTwilio.text("+33612345111", number, "add pay rent");
        awaitMessage(
                me,
                m -> m.get("status").asString().equals("blocked")
                        && "over-budget".equals(m.get("errorCode").asString()));
        assertThat(texts("+33612345111")).hasSize(1);
        FakeTwilio.text("+33612345111", number, "HELP");
        assertThat(awaitTexts("+33612345111", 2).get(1).body()).contains("STOP");
    }

    @Test
    void operatorsSeeTheMonthsTotalsOthersDoNotSeeTheReport() {
        Api.Session me = verifiedUser("+33612345131");
        FakeTwilio.text("+33612345131", ownNumber(me), "add stretch");
        awaitTexts("+33612345131", 2);
        Api.Session operator = api.newUser();
        assertThat(api.get("/api/v1/admin/sms", operator.token()).status()).isEqualTo(404);
        jdbc.sql("update users set platform_admin = true where id = :u")
                .param("u", operator.userId())
                .update();
        JsonNode report = api.get("/api/v1/admin/sms", operator.token()).json();
        assertThat(report.get("mode").asString()).isEqualTo("twilio");
        assertThat(report.get("received").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("sent").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(report.get("numbersHeld").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("numberBudgetUsd").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(report.get("numbersMonthlyUsd").decimalValue())
                .isEqualByComparingTo(new java.math.BigDecimal("1.15")
                        .multiply(java.math.BigDecimal.valueOf(
                                report.get("numbersHeld").asLong())));
    }

    @Test
    void textsPastTheirRetentionAreDeletedStrangersSooner() {
        Api.Session me = verifiedUser("+33612345141");
        insertText(me.userId(), "+33612345141", "a year ago", "370 days");
        insertText(me.userId(), "+33612345141", "older than thirteen months", "400 days");
        insertText(null, "+33612345142", "a stranger, last week", "7 days");
        insertText(null, "+33612345143", "a stranger, two months ago", "60 days");
        jdbc.sql(
                        "insert into sms_unknown_senders (number, answered_at) values ('+33612345143', now() - interval '3 days')")
                .update();

        retention.run();

        assertThat(jdbc.sql("select body from sms_messages where from_number in ('+33612345141', '+33612345142',"
                                + " '+33612345143') or to_number = '+33612345141'")
                        .query(String.class)
                        .list())
                .contains("a year ago", "a stranger, last week")
                .doesNotContain("older than thirteen months", "a stranger, two months ago");
        assertThat(jdbc.sql("select count(*) from sms_unknown_senders where number = '+33612345143'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void insertText(UUID userId, String from, String body, String age) {
        jdbc.sql("insert into sms_messages (id, user_id, direction, kind, provider_sid, from_number, to_number, body,"
                        + " segments, encoding, status, created_at) values (gen_random_uuid(), :u, 'inbound', 'message',"
                        + " :sid, :from, :to, :body, 1, 'GSM-7', 'received', now() - cast(:age as interval))")
                .param("u", userId)
                .param("sid", "SM" + UUID.randomUUID().toString().replace("-", ""))
                .param("from", from)
                .param("to", FakeTwilio.SHARED_NUMBER)
                .param("body", body)
                .param("age", age)
                .update();
    }

    // --- helpers ---

    private Api.Session verifiedUser(String phone) {
        Api.Session user = api.newUser();
        Api.Response asked = api.post(BASE + "/phone", user.token(), Map.of("number", phone));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        FakeTwilioMessage codeText = awaitTexts(phone, 1).get(0);
        Api.Response verified = api.post(BASE + "/phone/verify", user.token(), Map.of("code", code(codeText)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return user;
    }

    private String ownNumber(Api.Session user) {
        Api.Response bought = api.post(BASE + "/number", user.token(), Map.of());
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        return bought.json().at("/dedicatedNumber/number").asString();
    }

    private static String code(FakeTwilioMessage text) {
        Matcher m = CODE.matcher(text.body());
        assertThat(m.find()).as(text.body()).isTrue();
        return m.group(1);
    }

    static List<FakeTwilioMessage> texts(String to) {
        return FakeTwilio.messages().stream()
                .filter(m -> m.direction().startsWith("outbound") && to.equals(m.to()))
                .toList();
    }

    private static long welcomes(String to) {
        return texts(to).stream()
                .filter(t -> t.body().startsWith("Welcome back"))
                .count();
    }

    static List<FakeTwilioMessage> awaitTexts(String to, int count) {
        awaitUntil(() -> texts(to).size() >= count);
        return texts(to);
    }

    private List<String> tasks(Api.Session user) {
        return jdbc.sql("select title from assistant_tasks where user_id = :u")
                .param("u", user.userId())
                .query(String.class)
                .list();
    }

    private void awaitTaskTitled(Api.Session user, String title) {
        awaitUntil(() -> tasks(user).stream().anyMatch(t -> t.contains(title)));
    }

    private void awaitState(Api.Session user, Predicate<JsonNode> condition) {
        awaitUntil(() -> condition.test(api.get(BASE, user.token()).json()));
    }

    private void awaitMessage(Api.Session user, Predicate<JsonNode> condition) {
        awaitUntil(() -> api.get(BASE + "/messages", user.token()).body(), () -> {
            for (JsonNode m : api.get(BASE + "/messages", user.token()).json().get("messages")) {
                if (condition.test(m)) {
                    return true;
                }
            }
            return false;
        });
    }

    private void awaitNotification(Api.Session user) {
        awaitUntil(() -> !api.get("/api/v1/assistant/notifications", user.token())
                .json()
                .get("items")
                .isEmpty());
    }

    private void remindInASecond(Api.Session user, String text) {
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Api.Response created =
                api.post("/api/v1/assistant/reminders", user.token(), Map.of("text", text, "at", at.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private int postSigned(Map<String, String> params, String signature) throws Exception {
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + SmsCallbacks.INBOUND_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!signature.isEmpty()) {
            request.header("X-Twilio-Signature", signature);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition) {
        awaitUntil(() -> "", condition);
    }

    static void awaitUntil(
            java.util.function.Supplier<String> whatWasThere, java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 20 s " + whatWasThere.get());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
