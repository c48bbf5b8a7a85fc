package io.vectort.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fake Twilio for the whole test suite, speaking Twilio's REST API (version 2010-04-01: JSON
 * resources, Twilio's error codes and list pages) and calling the application the way Twilio does:
 * form-encoded webhooks signed with {@code X-Twilio-Signature} (HMAC-SHA1 of the URL followed by
 * the sorted parameters, keyed with the auth token; computed here without the SDK).
 *
 * <p>It serves, under {@code /2010-04-01/Accounts/{ACCOUNT_SID}/}: {@code Messages.json} (send,
 * list), {@code Messages/{Sid}.json}, {@code AvailablePhoneNumbers/{Country}/Local.json} and {@code
 * IncomingPhoneNumbers} (buy, list, fetch, update, release). A sent message is then sent and
 * delivered on a background thread, calling its {@code StatusCallback} at each step.
 *
 * <p>Refusals a test can script: {@link #failNextSends} (5xx/429), {@link #optOut} (error 21610, as
 * after the recipient texted STOP, which {@link #text} also does), {@link #unreachable} and {@link
 * #failing} numbers (status {@code undelivered}/{@code failed} with an error code), {@link
 * #availableNumbers} (an empty pool makes a search answer no numbers and a purchase fail with 21422)
 * and {@link #numberLimit}: buying beyond it fails with 400 and code 21404, the error Twilio gives an
 * account that may hold no more numbers ("Trial accounts are allowed only one Twilio number").
 *
 * <p>{@link #reset()} empties messages, numbers, requests and scripts between tests; where webhooks
 * go ({@link #sharedNumberWebhook}, {@link #deliverVia}) is wiring and stays as set.
 */
public final class FakeTwilio {

    public static final String ACCOUNT_SID = "AC7e3f1a9c5b2d4e6f8a0c1b3d5e7f9a2b";
    public static final String AUTH_TOKEN = "5d8c2a7f1e4b9c3d6a0f8e2b7c4d1a9f";
    /** The account's own number, always a valid {@code From}; Twilio's magic test number. */
    public static final String SHARED_NUMBER = "+15005550006";
    /** The account's one Messaging Service; its messages leave from {@link #SHARED_NUMBER}. */
    public static final String MESSAGING_SERVICE_SID = "MG2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e0b";

    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final FakeTwilioWebhooks WEBHOOKS = new FakeTwilioWebhooks(AUTH_TOKEN);
    private static final FakeTwilioMessages MESSAGES = new FakeTwilioMessages(ACCOUNT_SID, WEBHOOKS);
    private static final FakeTwilioNumbers NUMBERS = new FakeTwilioNumbers(ACCOUNT_SID);
    private static final FakeTwilioInbound INBOUND = new FakeTwilioInbound(MESSAGES, NUMBERS, WEBHOOKS);
    private static final HttpServer SERVER = start();

    private FakeTwilio() {}

    /** A request the fake received: its query and form decoded, the Authorization header as sent. */
    public record Request(
            String method, String path, Map<String, String> query, Map<String, String> form, String authorization) {}

    /** What the application answered to a webhook. */
    public record WebhookResponse(int status, String contentType, String body) {}

    /** A status callback the fake made: to the URL as configured, and the HTTP status it got (0: none). */
    public record Callback(String url, Map<String, String> params, String signature, int status) {}

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    /** Registers the properties the SMS channel reads. */
    public static void register(BiConsumer<String, String> property) {
        property.accept("vectort.sms.twilio.account-sid", ACCOUNT_SID);
        property.accept("vectort.sms.twilio.auth-token", AUTH_TOKEN);
        property.accept("vectort.sms.twilio.api-base-url", baseUrl());
        property.accept("vectort.sms.twilio.from", SHARED_NUMBER);
    }

    /** Drops held callbacks, lets those under way finish (so none reaches the next test), then empties. */
    public static void reset() {
        WEBHOOKS.reset();
        WEBHOOKS.awaitIdle(Duration.ofSeconds(10));
        REQUESTS.clear();
        MESSAGES.reset();
        NUMBERS.reset();
    }

    public static List<Request> requests() {
        return List.copyOf(REQUESTS);
    }

    /** Every message, sent or received, oldest first. */
    public static List<FakeTwilioMessage> messages() {
        return MESSAGES.all();
    }

    /** The numbers the account bought and still holds, oldest first. */
    public static List<FakeTwilioNumber> numbers() {
        return NUMBERS.owned();
    }

    /** The status callbacks made so far, in order. */
    public static List<Callback> callbacks() {
        return MESSAGES.callbacks();
    }

    /** Waits until every status callback not held has been made; false if it took longer. */
    public static boolean awaitCallbacks(Duration timeout) {
        return WEBHOOKS.awaitIdle(timeout);
    }

    /** The next {@code times} sends fail with this HTTP status and Twilio code (500/20500, 429/20429…). */
    public static void failNextSends(int times, int httpStatus, int code) {
        MESSAGES.failNextSends(times, httpStatus, code);
    }

    /** Sending to {@code number} fails with 21610 until {@link #optIn}, as after it texted STOP. */
    public static void optOut(String number) {
        MESSAGES.optOut(number);
    }

    public static void optIn(String number) {
        MESSAGES.optIn(number);
    }

    /** Messages to {@code number} are sent, then {@code undelivered} with this code (e.g. 30003). */
    public static void unreachable(String number, int errorCode) {
        MESSAGES.unreachable(number, errorCode);
    }

    /** Messages to {@code number} are accepted, then {@code failed} with this code (e.g. 30008). */
    public static void failing(String number, int errorCode) {
        MESSAGES.failing(number, errorCode);
    }

    /**
     * While held, sent messages stay {@code queued} and no status callback is made; {@code false}
     * releases what was held.
     */
    public static void holdCallbacks(boolean hold) {
        WEBHOOKS.hold(hold);
    }

    /** Lets the held steps run, in order; later ones are held again while holding. */
    public static void releaseCallbacks() {
        WEBHOOKS.release();
    }

    /** The numbers for sale in a country (ISO code), replacing the default pool. */
    public static void availableNumbers(String isoCountry, List<String> numbers) {
        NUMBERS.pool(isoCountry, numbers);
    }

    /** How many numbers the account may hold; buying one more fails with 21404. */
    public static void numberLimit(int numbers) {
        NUMBERS.limit(numbers);
    }

    /** Where texts to {@link #SHARED_NUMBER} go (set in Twilio's console, not by the API). */
    public static void sharedNumberWebhook(String url) {
        INBOUND.sharedNumberWebhook(url);
    }

    /**
     * Webhooks configured under {@code publicBase} (the address Twilio is given, behind a proxy) are
     * signed for that URL but sent to {@code localBase} + the rest, where the test server listens.
     */
    public static void deliverVia(String publicBase, String localBase) {
        WEBHOOKS.deliverVia(publicBase, localBase);
    }

    /** A person's phone at {@code from} texts {@code to}, a number of this account. */
    public static WebhookResponse text(String from, String to, String body) {
        return text(from, to, body, Map.of());
    }

    /** A text with extra (or overriding) webhook parameters, e.g. {@code NumMedia}, {@code MediaUrl0}. */
    public static WebhookResponse text(String from, String to, String body, Map<String, String> extra) {
        boolean media = !extra.getOrDefault("NumMedia", "0").equals("0");
        return INBOUND.text(FakeTwilioWire.sid(media ? "MM" : "SM"), from, to, body, extra);
    }

    /** The webhook of a text with a given SID, e.g. again, as Twilio retries when it got no answer. */
    public static WebhookResponse textWithSid(String messageSid, String from, String to, String body) {
        return INBOUND.text(messageSid, from, to, body, Map.of());
    }

    /** The {@code X-Twilio-Signature} Twilio sends for {@code params} posted to {@code url}. */
    public static String signature(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        params.keySet().stream().sorted().forEach(name -> data.append(name).append(params.get(name)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean ours(String number) {
        return SHARED_NUMBER.equals(number) || NUMBERS.byPhoneNumber(number).isPresent();
    }

    private static HttpServer start() {
        FakeTwilioApi api = new FakeTwilioApi(
                ACCOUNT_SID, AUTH_TOKEN, MESSAGES, NUMBERS, REQUESTS, FakeTwilio::ours, SHARED_NUMBER);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", api::handle);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
