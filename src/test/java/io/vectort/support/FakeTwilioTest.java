package io.vectort.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FakeTwilioTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ACCOUNT = "/2010-04-01/Accounts/" + FakeTwilio.ACCOUNT_SID;
    private static final String AUTH = basic(FakeTwilio.ACCOUNT_SID, FakeTwilio.AUTH_TOKEN);
    private static final String PUBLIC = "https://vectort.test";
    private static final String PERSON = "+33612345678";
    private static final String RFC_2822 = "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000";

    /** The application's side: records what Twilio posts to it and answers with TwiML. */
    private static HttpServer receiver;

    private static final BlockingQueue<Received> RECEIVED = new LinkedBlockingQueue<>();

    record Received(String method, String path, String signature, String contentType, Map<String, String> form) {}

    record Response(int status, String contentType, JsonNode json) {
        String text(String field) {
            return json.get(field).asString();
        }
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean get = exchange.getRequestMethod().equals("GET");
            RECEIVED.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("X-Twilio-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    FakeTwilioWire.decode(get ? exchange.getRequestURI().getRawQuery() : body)));
            byte[] twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Noted.</Message></Response>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, twiml.length);
            exchange.getResponseBody().write(twiml);
            exchange.close();
        });
        receiver.start();
        FakeTwilio.deliverVia(
                PUBLIC, "http://127.0.0.1:" + receiver.getAddress().getPort());
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @BeforeEach
    void freshAccount() {
        FakeTwilio.reset();
        RECEIVED.clear();
    }

    // --- signatures ---

    @Test
    void signsLikeTwilioDocumentedExample() {
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        Map<String, String> params = Map.of(
                "CallSid", "CA1234567890ABCDE",
                "Caller", "+12349013030",
                "Digits", "1234",
                "From", "+12349013030",
                "To", "+18005551212");

        String signature = FakeTwilio.signature("12345", url, params);

        assertThat(signature).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(new RequestValidator("12345").validate(url, params, signature))
                .isTrue();
    }

    @Test
    void twilioSdkAcceptsTheSignatureOfAStatusCallbackAndRejectsATamperedOne() throws Exception {
        send(Map.of(
                "To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "hi", "StatusCallback", PUBLIC + "/status"));

        Received sent = next();
        RequestValidator sdk = new RequestValidator(FakeTwilio.AUTH_TOKEN);
        assertThat(sdk.validate(PUBLIC + "/status", sent.form(), sent.signature()))
                .isTrue();
        Map<String, String> tampered = new HashMap<>(sent.form());
        tampered.put("MessageStatus", "delivered");
        assertThat(sdk.validate(PUBLIC + "/status", tampered, sent.signature())).isFalse();
        assertThat(sdk.validate(PUBLIC + "/other", sent.form(), sent.signature()))
                .isFalse();
        assertThat(new RequestValidator("0".repeat(32)).validate(PUBLIC + "/status", sent.form(), sent.signature()))
                .isFalse();
    }

    // --- sending ---

    @Test
    void createsAMessageResourceShapedLikeTwilios() throws Exception {
        Response created = send(Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "Buy milk"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).isEqualTo("application/json");
        String sid = created.text("sid");
        assertThat(sid).matches("SM[0-9a-f]{32}");
        assertThat(created.text("account_sid")).isEqualTo(FakeTwilio.ACCOUNT_SID);
        assertThat(created.text("from")).isEqualTo(FakeTwilio.SHARED_NUMBER);
        assertThat(created.text("to")).isEqualTo(PERSON);
        assertThat(created.text("body")).isEqualTo("Buy milk");
        assertThat(created.text("status")).isEqualTo("queued");
        assertThat(created.json().get("num_segments").isString()).isTrue();
        assertThat(created.text("num_segments")).isEqualTo("1");
        assertThat(created.text("num_media")).isEqualTo("0");
        assertThat(created.text("direction")).isEqualTo("outbound-api");
        assertThat(created.json().get("price").isNull()).isTrue();
        assertThat(created.text("price_unit")).isEqualTo("USD");
        assertThat(created.json().get("error_code").isNull()).isTrue();
        assertThat(created.json().get("error_message").isNull()).isTrue();
        assertThat(created.json().get("date_sent").isNull()).isTrue();
        assertThat(created.json().get("messaging_service_sid").isNull()).isTrue();
        assertThat(created.text("date_created")).matches(RFC_2822);
        assertThat(created.text("date_updated")).matches(RFC_2822);
        assertThat(created.text("uri")).isEqualTo(ACCOUNT + "/Messages/" + sid + ".json");
        assertThat(created.text("api_version")).isEqualTo("2010-04-01");
        assertThat(FakeTwilio.requests().getLast().form()).containsEntry("Body", "Buy milk");
    }

    @Test
    void countsSegmentsInGsm7AndInUcs2() throws Exception {
        assertThat(segments("a".repeat(160))).isEqualTo("1");
        assertThat(segments("a".repeat(161))).isEqualTo("2");
        assertThat(segments("a".repeat(306))).isEqualTo("2");
        assertThat(segments("a".repeat(307))).isEqualTo("3");
        assertThat(segments("é".repeat(160))).as("é is in the GSM-7 alphabet").isEqualTo("1");
        assertThat(segments("ж".repeat(70))).isEqualTo("1");
        assertThat(segments("ж".repeat(71))).isEqualTo("2");
        assertThat(segments("ж".repeat(134))).isEqualTo("2");
        assertThat(segments("ж".repeat(135))).isEqualTo("3");
        assertThat(segments("a".repeat(159) + "😀"))
                .as("one emoji makes it UCS-2")
                .isEqualTo("3");
        // Extension characters cost two septets and are never split between segments.
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(152) + "€" + "a".repeat(151))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(152) + "€" + "a".repeat(152)))
                .as("306 septets, but the € opens the second segment")
                .isEqualTo(3);
        // Nor is a surrogate pair: after 66 units, the emoji opens the second segment.
        assertThat(SmsSegments.count("ж".repeat(66) + "😀" + "ж".repeat(65))).isEqualTo(2);
        assertThat(SmsSegments.count("ж".repeat(66) + "😀" + "ж".repeat(66))).isEqualTo(3);
    }

    @Test
    void acceptsAMessageThroughTheMessagingServiceAndSendsItFromTheSharedNumber() throws Exception {
        Response created =
                send(Map.of("To", PERSON, "MessagingServiceSid", FakeTwilio.MESSAGING_SERVICE_SID, "Body", "hello"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("accepted");
        assertThat(created.json().get("from").isNull()).isTrue();
        assertThat(created.text("messaging_service_sid")).isEqualTo(FakeTwilio.MESSAGING_SERVICE_SID);
        assertThat(FakeTwilio.awaitCallbacks(Duration.ofSeconds(5))).isTrue();
        Response fetched = get("/Messages/" + created.text("sid") + ".json");
        assertThat(fetched.text("status")).isEqualTo("delivered");
        assertThat(fetched.text("from")).isEqualTo(FakeTwilio.SHARED_NUMBER);
        assertError(send(Map.of("To", PERSON, "MessagingServiceSid", "MG" + "0".repeat(32), "Body", "x")), 400, 21701);
    }

    @Test
    void refusesWrongCredentialsWithTwiliosAuthenticateError() throws Exception {
        Response wrongToken = call("GET", ACCOUNT + "/Messages.json", Map.of(), basic(FakeTwilio.ACCOUNT_SID, "nope"));
        Response none = call("GET", ACCOUNT + "/Messages.json", Map.of(), null);

        for (Response refused : List.of(wrongToken, none)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json())
                    .isEqualTo(JSON.readTree("{\"code\":20003,\"message\":\"Authenticate\","
                            + "\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}"));
        }
        Response otherAccount =
                call("GET", "/2010-04-01/Accounts/AC" + "1".repeat(32) + "/Messages.json", Map.of(), AUTH);
        assertError(otherAccount, 404, 20404);
        assertThat(FakeTwilio.messages()).isEmpty();
    }

    @Test
    void answersUnknownResourcesAndMethodsWithTwiliosErrorBody() throws Exception {
        assertError(get("/Calls.json"), 404, 20404);
        assertError(call("DELETE", ACCOUNT + "/Messages.json", Map.of(), AUTH), 405, 20004);
        assertError(call("GET", "/v1/Services", Map.of(), AUTH), 404, 20404);
    }

    @Test
    void registersTheSmsChannelProperties() {
        Map<String, String> properties = new HashMap<>();

        FakeTwilio.register(properties::put);

        assertThat(properties)
                .containsOnly(
                        Map.entry("vectort.sms.twilio.account-sid", FakeTwilio.ACCOUNT_SID),
                        Map.entry("vectort.sms.twilio.auth-token", FakeTwilio.AUTH_TOKEN),
                        Map.entry("vectort.sms.twilio.api-base-url", FakeTwilio.baseUrl()),
                        Map.entry("vectort.sms.twilio.from", "+15005550006"));
        assertThat(FakeTwilio.ACCOUNT_SID).matches("AC[0-9a-f]{32}");
        assertThat(FakeTwilio.AUTH_TOKEN).matches("[0-9a-f]{32}");
        assertThat(FakeTwilio.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void refusesInvalidMessagesWithTwiliosCodes() throws Exception {
        String from = FakeTwilio.SHARED_NUMBER;
        assertError(send(Map.of("From", from, "Body", "x")), 400, 21604);
        assertError(send(Map.of("To", PERSON, "From", from)), 400, 21602);
        Response badTo = send(Map.of("To", "0612", "From", from, "Body", "x"));
        assertError(badTo, 400, 21211);
        assertThat(badTo.text("message")).isEqualTo("The 'To' number 0612 is not a valid phone number.");
        assertError(send(Map.of("To", PERSON, "From", "+15555550199", "Body", "x")), 400, 21606);
        assertError(send(Map.of("To", PERSON, "Body", "x")), 400, 21603);
        assertError(send(Map.of("To", PERSON, "From", from, "Body", "x".repeat(1601))), 400, 21617);
        FakeTwilio.optOut(PERSON);
        Response unsubscribed = send(Map.of("To", PERSON, "From", from, "Body", "x"));
        assertError(unsubscribed, 400, 21610);
        assertThat(unsubscribed.text("message")).isEqualTo("Attempt to send to unsubscribed recipient");
        assertThat(FakeTwilio.messages()).isEmpty();
    }

    @Test
    void failsTheScriptedNumberOfSendsThenAcceptsAgain() throws Exception {
        FakeTwilio.failNextSends(1, 500, 20500);
        FakeTwilio.failNextSends(1, 429, 20429);
        Map<String, String> form = Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "retry me");

        Response first = send(form);
        Response second = send(form);
        Response third = send(form);

        assertError(first, 500, 20500);
        assertThat(first.text("more_info")).isEqualTo("https://www.twilio.com/docs/errors/20500");
        assertError(second, 429, 20429);
        assertThat(third.status()).isEqualTo(201);
        assertThat(FakeTwilio.messages()).hasSize(1);
    }

    @Test
    void fetchesAMessageAndAnswers404ForAnUnknownOne() throws Exception {
        String sid = send(Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "fetch me"))
                .text("sid");

        Response fetched = get("/Messages/" + sid + ".json");
        Response unknown = get("/Messages/SM" + "0".repeat(32) + ".json");

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text("sid")).isEqualTo(sid);
        assertThat(fetched.text("body")).isEqualTo("fetch me");
        assertError(unknown, 404, 20404);
        assertThat(unknown.text("message")).contains("/Messages/SM" + "0".repeat(32) + ".json");
    }

    @Test
    void listsMessagesNewestFirstAcrossPages() throws Exception {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(send(Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "n" + i))
                    .text("sid"));
        }
        send(Map.of("To", "+33699999999", "From", FakeTwilio.SHARED_NUMBER, "Body", "someone else"));

        Response first = get("/Messages.json?To=%2B33612345678&PageSize=2");
        Response second = getUri(first.text("next_page_uri"));
        Response third = getUri(second.text("next_page_uri"));

        assertThat(sids(first)).containsExactly(sent.get(4), sent.get(3));
        assertThat(sids(second)).containsExactly(sent.get(2), sent.get(1));
        assertThat(sids(third)).containsExactly(sent.get(0));
        assertThat(first.json().get("page").asInt()).isZero();
        assertThat(first.json().get("page_size").asInt()).isEqualTo(2);
        assertThat(first.json().get("previous_page_uri").isNull()).isTrue();
        assertThat(first.text("uri")).isEqualTo(ACCOUNT + "/Messages.json?To=%2B33612345678&PageSize=2&Page=0");
        assertThat(first.text("first_page_uri")).isEqualTo(first.text("uri"));
        assertThat(first.text("next_page_uri"))
                .isEqualTo(ACCOUNT + "/Messages.json?To=%2B33612345678&PageSize=2&Page=1&PageToken=PA" + sent.get(3));
        assertThat(second.json().get("page").asInt()).isEqualTo(1);
        assertThat(second.json().get("start").asInt()).isEqualTo(2);
        assertThat(second.json().get("end").asInt()).isEqualTo(3);
        assertThat(third.json().get("page").asInt()).isEqualTo(2);
        assertThat(third.json().get("next_page_uri").isNull()).isTrue();
        assertThat(sids(getUri(third.text("previous_page_uri")))).isEqualTo(sids(second));
        assertThat(sids(get("/Messages.json?To=%2B33612345678&PageSize=2&Page=1")))
                .isEqualTo(sids(second));
    }

    // --- delivery ---

    @Test
    void deliversSignedStatusCallbacksInOrderWhenReleased() throws Exception {
        FakeTwilio.holdCallbacks(true);
        String body = "a".repeat(200); // two segments
        String sid = send(Map.of(
                        "To",
                        PERSON,
                        "From",
                        FakeTwilio.SHARED_NUMBER,
                        "Body",
                        body,
                        "StatusCallback",
                        PUBLIC + "/api/v1/sms/twilio/status?tenant=1"))
                .text("sid");

        assertThat(RECEIVED.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(get("/Messages/" + sid + ".json").text("status")).isEqualTo("queued");
        FakeTwilio.releaseCallbacks();
        Received sent = next();
        Received delivered = next();

        assertThat(sent.form()).containsEntry("MessageStatus", "sent").containsEntry("SmsStatus", "sent");
        assertThat(delivered.form()).containsEntry("MessageStatus", "delivered");
        for (Received callback : List.of(sent, delivered)) {
            assertThat(callback.method()).isEqualTo("POST");
            assertThat(callback.path()).isEqualTo("/api/v1/sms/twilio/status?tenant=1");
            assertThat(callback.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(callback.form())
                    .containsEntry("MessageSid", sid)
                    .containsEntry("SmsSid", sid)
                    .containsEntry("AccountSid", FakeTwilio.ACCOUNT_SID)
                    .containsEntry("From", FakeTwilio.SHARED_NUMBER)
                    .containsEntry("To", PERSON)
                    .containsEntry("ApiVersion", "2010-04-01")
                    .doesNotContainKey("ErrorCode");
            assertThat(callback.signature())
                    .isEqualTo(FakeTwilio.signature(
                            FakeTwilio.AUTH_TOKEN, PUBLIC + "/api/v1/sms/twilio/status?tenant=1", callback.form()));
        }
        assertThat(FakeTwilio.awaitCallbacks(Duration.ofSeconds(5))).isTrue();
        Response fetched = get("/Messages/" + sid + ".json");
        assertThat(fetched.text("status")).isEqualTo("delivered");
        assertThat(fetched.text("num_segments")).isEqualTo("2");
        assertThat(fetched.text("price")).isEqualTo("-0.01580");
        assertThat(fetched.text("date_sent")).matches(RFC_2822);
        assertThat(FakeTwilio.callbacks())
                .extracting(c -> c.params().get("MessageStatus") + " " + c.status())
                .containsExactly("sent 200", "delivered 200");
    }

    @Test
    void reportsUndeliveredAndFailedMessagesWithTheirErrorCode() throws Exception {
        FakeTwilio.unreachable("+33600000003", 30003);
        FakeTwilio.failing("+33600000008", 30008);
        String callback = PUBLIC + "/status";
        String undelivered = send(Map.of(
                        "To",
                        "+33600000003",
                        "From",
                        FakeTwilio.SHARED_NUMBER,
                        "Body",
                        "x",
                        "StatusCallback",
                        callback))
                .text("sid");
        String failed = send(Map.of(
                        "To",
                        "+33600000008",
                        "From",
                        FakeTwilio.SHARED_NUMBER,
                        "Body",
                        "y",
                        "StatusCallback",
                        callback))
                .text("sid");

        List<Map<String, String>> callbacks = List.of(next().form(), next().form(), next().form());

        assertThat(callbacks)
                .extracting(f -> f.get("MessageSid").equals(undelivered) ? "undelivered" : "failed")
                .containsExactly("undelivered", "undelivered", "failed");
        assertThat(callbacks)
                .extracting(f -> f.get("MessageStatus") + " " + f.get("ErrorCode"))
                .containsExactly("sent null", "undelivered 30003", "failed 30008");
        assertThat(FakeTwilio.awaitCallbacks(Duration.ofSeconds(5))).isTrue();
        Response gone = get("/Messages/" + undelivered + ".json");
        assertThat(gone.json().get("error_code").asInt()).isEqualTo(30003);
        assertThat(gone.text("error_message")).isEqualTo("Unreachable destination handset");
        assertThat(gone.json().get("price").isNull()).isTrue();
        assertThat(get("/Messages/" + failed + ".json").text("status")).isEqualTo("failed");
    }

    // --- phone numbers ---

    @Test
    void searchesNumbersForSaleByCountry() throws Exception {
        Response us = get("/AvailablePhoneNumbers/US/Local.json?SmsEnabled=true&PageSize=2");
        Response fr = get("/AvailablePhoneNumbers/FR/Local.json?SmsEnabled=true");
        FakeTwilio.availableNumbers("DE", List.of());
        Response de = get("/AvailablePhoneNumbers/DE/Local.json?SmsEnabled=true");

        JsonNode first = us.json().get("available_phone_numbers").get(0);
        assertThat(us.json().get("available_phone_numbers")).hasSize(2);
        assertThat(first.get("phone_number").asString()).isEqualTo("+15555550101");
        assertThat(first.get("friendly_name").asString()).isEqualTo("(555) 555-0101");
        assertThat(first.get("iso_country").asString()).isEqualTo("US");
        assertThat(first.get("capabilities").get("SMS").asBoolean()).isTrue();
        assertThat(us.text("uri"))
                .isEqualTo(ACCOUNT + "/AvailablePhoneNumbers/US/Local.json?SmsEnabled=true" + "&PageSize=2&Page=0");
        assertThat(numbers(fr)).allMatch(n -> n.startsWith("+3375"));
        assertThat(de.json().get("available_phone_numbers")).isEmpty();
        assertError(get("/AvailablePhoneNumbers/XX/Local.json"), 404, 20404);
    }

    @Test
    void buysUpdatesListsAndReleasesANumber() throws Exception {
        Response bought = post(
                "/IncomingPhoneNumbers.json",
                Map.of("PhoneNumber", "+15555550102", "SmsUrl", PUBLIC + "/in", "SmsMethod", "POST"));

        assertThat(bought.status()).isEqualTo(201);
        String sid = bought.text("sid");
        assertThat(sid).matches("PN[0-9a-f]{32}");
        assertThat(bought.text("phone_number")).isEqualTo("+15555550102");
        assertThat(bought.text("friendly_name")).isEqualTo("(555) 555-0102");
        assertThat(bought.text("sms_url")).isEqualTo(PUBLIC + "/in");
        assertThat(bought.text("sms_method")).isEqualTo("POST");
        assertThat(bought.json().get("capabilities").get("sms").asBoolean()).isTrue();
        assertThat(bought.text("date_created")).matches(RFC_2822);
        assertThat(bought.text("uri")).isEqualTo(ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json");
        assertThat(numbers(get("/AvailablePhoneNumbers/US/Local.json"))).doesNotContain("+15555550102");
        assertThat(send(Map.of("To", PERSON, "From", "+15555550102", "Body", "from my number"))
                        .status())
                .isEqualTo(201);

        Response updated = post("/IncomingPhoneNumbers/" + sid + ".json", Map.of("SmsUrl", PUBLIC + "/v2"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("sms_url")).isEqualTo(PUBLIC + "/v2");
        assertThat(updated.text("sms_method")).isEqualTo("POST");
        Response listed = get("/IncomingPhoneNumbers.json?PageSize=10");
        assertThat(listed.json().get("incoming_phone_numbers")).hasSize(1);
        assertThat(listed.json()
                        .get("incoming_phone_numbers")
                        .get(0)
                        .get("sms_url")
                        .asString())
                .isEqualTo(PUBLIC + "/v2");

        assertThat(call("DELETE", ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json", Map.of(), AUTH)
                        .status())
                .isEqualTo(204);
        assertError(send(Map.of("To", PERSON, "From", "+15555550102", "Body", "x")), 400, 21606);
        assertError(call("DELETE", ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json", Map.of(), AUTH), 404, 20404);
        assertThat(get("/IncomingPhoneNumbers.json").json().get("incoming_phone_numbers"))
                .isEmpty();
    }

    @Test
    void refusesNumbersNotForSaleOnceThePoolIsEmptyOrTheLimitReached() throws Exception {
        FakeTwilio.availableNumbers("US", List.of("+15555550201", "+15555550202"));
        FakeTwilio.numberLimit(1);

        Response first = post("/IncomingPhoneNumbers.json", Map.of("PhoneNumber", "+15555550201"));
        Response again = post("/IncomingPhoneNumbers.json", Map.of("PhoneNumber", "+15555550201"));
        Response beyondLimit = post("/IncomingPhoneNumbers.json", Map.of("PhoneNumber", "+15555550202"));
        FakeTwilio.numberLimit(5);
        Response last = post("/IncomingPhoneNumbers.json", Map.of("PhoneNumber", "+15555550202"));

        assertThat(first.status()).isEqualTo(201);
        assertError(again, 400, 21422);
        assertThat(again.text("message")).isEqualTo("PhoneNumber requested is not available");
        assertError(beyondLimit, 400, 21404);
        assertThat(last.status()).isEqualTo(201);
        assertThat(get("/AvailablePhoneNumbers/US/Local.json").json().get("available_phone_numbers"))
                .isEmpty();
        assertError(post("/IncomingPhoneNumbers.json", Map.of("PhoneNumber", "+15555550203")), 400, 21422);
        assertThat(FakeTwilio.numbers())
                .extracting(FakeTwilioNumber::phoneNumber)
                .containsExactly("+15555550201", "+15555550202");
    }

    // --- inbound texts ---

    @Test
    void postsAnInboundTextSignedForThePublicUrlToWhereTheAppListens() throws Exception {
        post(
                "/IncomingPhoneNumbers.json",
                Map.of("PhoneNumber", "+15555550101", "SmsUrl", PUBLIC + "/api/v1/sms/twilio/inbound"));

        FakeTwilio.WebhookResponse answer = FakeTwilio.text(PERSON, "+15555550101", "Remind me at 6");

        Received text = next();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/xml");
        assertThat(answer.body()).contains("<Message>Noted.</Message>");
        assertThat(text.path()).isEqualTo("/api/v1/sms/twilio/inbound");
        assertThat(text.form())
                .containsEntry("From", PERSON)
                .containsEntry("To", "+15555550101")
                .containsEntry("Body", "Remind me at 6")
                .containsEntry("NumMedia", "0")
                .containsEntry("NumSegments", "1")
                .containsEntry("SmsStatus", "received")
                .containsEntry("AccountSid", FakeTwilio.ACCOUNT_SID)
                .containsEntry("ApiVersion", "2010-04-01")
                .containsEntry("FromCountry", "FR")
                .containsEntry("ToCountry", "US")
                .containsEntry("ToCity", "")
                .doesNotContainKey("MessagingServiceSid");
        assertThat(text.form().get("MessageSid"))
                .matches("SM[0-9a-f]{32}")
                .isEqualTo(text.form().get("SmsMessageSid"))
                .isEqualTo(text.form().get("SmsSid"));
        assertThat(new RequestValidator(FakeTwilio.AUTH_TOKEN)
                        .validate(PUBLIC + "/api/v1/sms/twilio/inbound", text.form(), text.signature()))
                .isTrue();
        assertThat(FakeTwilio.messages())
                .singleElement()
                .satisfies(m -> assertThat(m.direction()).isEqualTo("inbound"))
                .satisfies(m -> assertThat(m.sid()).isEqualTo(text.form().get("MessageSid")));
    }

    @Test
    void textsTheSharedNumberAndRepeatsAMessageWithItsSid() throws Exception {
        FakeTwilio.sharedNumberWebhook(PUBLIC + "/shared");
        String sid = "SM" + "ab".repeat(16);

        FakeTwilio.textWithSid(sid, PERSON, FakeTwilio.SHARED_NUMBER, "same");
        FakeTwilio.textWithSid(sid, PERSON, FakeTwilio.SHARED_NUMBER, "same");

        Received first = next();
        Received retry = next();
        assertThat(first.form())
                .containsEntry("MessageSid", sid)
                .containsEntry("MessagingServiceSid", FakeTwilio.MESSAGING_SERVICE_SID);
        assertThat(retry.form()).isEqualTo(first.form());
        assertThat(retry.signature()).isEqualTo(first.signature());
        assertThat(FakeTwilio.messages()).hasSize(1);
    }

    @Test
    void sendsMediaParametersAndHonoursStop() throws Exception {
        FakeTwilio.sharedNumberWebhook(PUBLIC + "/shared");
        Map<String, String> media = new LinkedHashMap<>();
        media.put("NumMedia", "1");
        media.put("MediaUrl0", "https://api.twilio.com/media/ME1");
        media.put("MediaContentType0", "image/jpeg");

        FakeTwilio.text(PERSON, FakeTwilio.SHARED_NUMBER, "look", media);
        FakeTwilio.text(PERSON, FakeTwilio.SHARED_NUMBER, " stop ");

        Received photo = next();
        Received stop = next();
        assertThat(photo.form())
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaUrl0", "https://api.twilio.com/media/ME1")
                .containsEntry("MediaContentType0", "image/jpeg");
        assertThat(photo.form().get("MessageSid")).startsWith("MM");
        assertThat(new RequestValidator(FakeTwilio.AUTH_TOKEN)
                        .validate(PUBLIC + "/shared", photo.form(), photo.signature()))
                .isTrue();
        assertThat(stop.form()).containsEntry("OptOutType", "STOP");
        assertError(send(Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "bye?")), 400, 21610);
        FakeTwilio.text(PERSON, FakeTwilio.SHARED_NUMBER, "START");
        assertThat(send(Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", "welcome back"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void textsWithGetWhenTheNumberAsksForIt() throws Exception {
        post(
                "/IncomingPhoneNumbers.json",
                Map.of("PhoneNumber", "+15555550103", "SmsUrl", PUBLIC + "/in?v=1", "SmsMethod", "GET"));

        FakeTwilio.text(PERSON, "+15555550103", "hi & bye");

        Received text = next();
        assertThat(text.method()).isEqualTo("GET");
        assertThat(text.form()).containsEntry("v", "1").containsEntry("Body", "hi & bye");
        // Twilio signs a GET over the whole URL, query included, and no parameters.
        assertThat(new RequestValidator(FakeTwilio.AUTH_TOKEN)
                        .validate(PUBLIC + text.path(), Map.of(), text.signature()))
                .isTrue();
    }

    @Test
    void refusesToTextANumberWithoutWebhook() {
        assertThatThrownBy(() -> FakeTwilio.text(PERSON, "+15555550109", "hi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("+15555550109");
    }

    // --- helpers ---

    private static Response send(Map<String, String> form) throws Exception {
        return post("/Messages.json", form);
    }

    private static Response post(String resource, Map<String, String> form) throws Exception {
        return call("POST", ACCOUNT + resource, form, AUTH);
    }

    private static Response get(String resource) throws Exception {
        return call("GET", ACCOUNT + resource, Map.of(), AUTH);
    }

    private static Response getUri(String uri) throws Exception {
        return call("GET", uri, Map.of(), AUTH);
    }

    private static Response call(String method, String path, Map<String, String> form, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FakeTwilio.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(FakeTwilioWire.encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Response(response.statusCode(), contentType, json);
    }

    private static void assertError(Response response, int status, int code) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(status);
        assertThat(response.json().get("code").asInt()).isEqualTo(code);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.text("more_info")).isEqualTo("https://www.twilio.com/docs/errors/" + code);
        assertThat(response.text("message")).isNotBlank();
    }

    private static String segments(String body) throws Exception {
        return send(Map.of("To", PERSON, "From", FakeTwilio.SHARED_NUMBER, "Body", body))
                .text("num_segments");
    }

    private static List<String> sids(Response page) {
        List<String> sids = new ArrayList<>();
        page.json().get("messages").forEach(m -> sids.add(m.get("sid").asString()));
        return sids;
    }

    private static List<String> numbers(Response page) {
        List<String> numbers = new ArrayList<>();
        page.json()
                .get("available_phone_numbers")
                .forEach(n -> numbers.add(n.get("phone_number").asString()));
        return numbers;
    }

    private static Received next() throws InterruptedException {
        Received received = RECEIVED.poll(5, TimeUnit.SECONDS);
        assertThat(received).as("a request from Twilio within 5 s").isNotNull();
        return received;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
