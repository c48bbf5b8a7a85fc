package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Stripe API for the whole integration suite, speaking Stripe's wire format: form-encoded
 * requests with bracketed keys ({@code line_items[0][price]}), JSON objects back, and Stripe's error
 * body on failure. It creates customers and Checkout Sessions, cancels subscriptions ({@code DELETE
 * /v1/subscriptions/{id}}, answering the canceled subscription) and records every request. It also
 * signs webhook payloads the way Stripe does (HMAC-SHA256, computed here without the SDK).
 */
public final class FakeStripe {

    public static final String SECRET_KEY = "sk_test_vectort_fake";
    public static final String WEBHOOK_SECRET = "whsec_vectort_test_signing_secret";
    public static final String STARTER_PRICE = "price_test_starter";
    public static final String PRO_PRICE = "price_test_pro";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Set<String> FAILING_USERS = ConcurrentHashMap.newKeySet();
    private static final Set<String> FAILING_SUBSCRIPTIONS = ConcurrentHashMap.newKeySet();
    private static final Set<String> UNKNOWN_SUBSCRIPTIONS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final HttpServer SERVER = start();

    private FakeStripe() {}

    /** A request as the fake received it: the form decoded to flat, bracketed keys. */
    public record Request(String method, String path, String authorization, Map<String, String> form) {}

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    /** The requests made for one user (found by the {@code org_id} metadata Vectort sends). */
    public static List<Request> requestsOf(UUID userId, String path) {
        return REQUESTS.stream()
                .filter(r -> r.path().equals(path))
                .filter(r -> userId.toString().equals(r.form().get("metadata[org_id]")))
                .toList();
    }

    /** From now on, creating a checkout session for this user fails as Stripe does on a bad request. */
    public static void failCheckoutsOf(UUID userId) {
        FAILING_USERS.add(userId.toString());
    }

    /** The cancellations ({@code DELETE /v1/subscriptions/{id}}) Stripe received for a subscription. */
    public static List<Request> cancellationsOf(String subscriptionId) {
        return REQUESTS.stream()
                .filter(r -> r.method().equals("DELETE"))
                .filter(r -> r.path().equals("/v1/subscriptions/" + subscriptionId))
                .toList();
    }

    /** From now on, cancelling this subscription fails as Stripe does on a refused request. */
    public static void failCancellationOf(String subscriptionId) {
        FAILING_SUBSCRIPTIONS.add(subscriptionId);
    }

    /** This subscription does not exist at Stripe (deleted there): cancelling it answers 404. */
    public static void forgetSubscription(String subscriptionId) {
        UNKNOWN_SUBSCRIPTIONS.add(subscriptionId);
    }

    /** The {@code Stripe-Signature} header Stripe would send for {@code payload} at {@code time}. */
    public static String signature(String payload, Instant time, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long t = time.getEpochSecond();
            byte[] digest = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void register(BiConsumer<String, Object> property) {
        property.accept("vectort.billing.stripe.secret-key", SECRET_KEY);
        property.accept("vectort.billing.stripe.webhook-secret", WEBHOOK_SECRET);
        property.accept("vectort.billing.stripe.api-base", baseUrl());
        property.accept(
                "vectort.billing.stripe.success-url", "https://vectort.test/billing?paid={CHECKOUT_SESSION_ID}");
        property.accept("vectort.billing.stripe.cancel-url", "https://vectort.test/billing?cancelled");
        property.accept("vectort.billing.stripe.prices.starter", STARTER_PRICE);
        property.accept("vectort.billing.stripe.prices.pro", PRO_PRICE);
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", FakeStripe::handle);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = decode(body);
            String path = exchange.getRequestURI().getPath();
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            REQUESTS.add(new Request(exchange.getRequestMethod(), path, authorization, form));
            if (!authorization.equals("Bearer " + SECRET_KEY)) {
                reply(exchange, 401, error("invalid_request_error", "Invalid API Key provided: " + authorization));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/customers")) {
                reply(exchange, 200, customer(form));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/checkout/sessions")) {
                if (FAILING_USERS.contains(form.get("client_reference_id"))) {
                    reply(
                            exchange,
                            400,
                            error(
                                    "invalid_request_error",
                                    "No such price: '" + form.get("line_items[0][price]") + "'"));
                } else {
                    reply(exchange, 200, session(form));
                }
            } else if (exchange.getRequestMethod().equals("DELETE") && path.startsWith("/v1/subscriptions/")) {
                String id = path.substring("/v1/subscriptions/".length());
                if (FAILING_SUBSCRIPTIONS.contains(id)) {
                    reply(
                            exchange,
                            400,
                            error("invalid_request_error", "This subscription cannot be canceled right now"));
                } else if (UNKNOWN_SUBSCRIPTIONS.contains(id)) {
                    reply(exchange, 404, missing("No such subscription: '" + id + "'"));
                } else {
                    reply(exchange, 200, canceledSubscription(id));
                }
            } else {
                reply(
                        exchange,
                        404,
                        error(
                                "invalid_request_error",
                                "Unrecognized request URL (" + exchange.getRequestMethod() + ": " + path + ")."));
            }
        }
    }

    private static Map<String, Object> customer(Map<String, String> form) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", "cus_test_" + IDS.incrementAndGet());
        customer.put("object", "customer");
        customer.put("created", Instant.now().getEpochSecond());
        customer.put("email", form.get("email"));
        customer.put("livemode", false);
        customer.put("metadata", metadata(form, "metadata"));
        return customer;
    }

    private static Map<String, Object> session(Map<String, String> form) {
        String id = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", id);
        session.put("object", "checkout.session");
        session.put("mode", form.get("mode"));
        session.put("status", "open");
        session.put("payment_status", "unpaid");
        session.put("client_reference_id", form.get("client_reference_id"));
        session.put("customer", form.get("customer"));
        session.put("currency", "usd");
        session.put("created", Instant.now().getEpochSecond());
        session.put("expires_at", Instant.now().plusSeconds(86_400).getEpochSecond());
        session.put("livemode", false);
        session.put("metadata", metadata(form, "metadata"));
        session.put("success_url", form.get("success_url"));
        session.put("cancel_url", form.get("cancel_url"));
        session.put("url", "https://checkout.stripe.com/c/pay/" + id);
        return session;
    }

    private static Map<String, Object> canceledSubscription(String id) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("id", id);
        subscription.put("object", "subscription");
        subscription.put("status", "canceled");
        subscription.put("cancel_at_period_end", false);
        subscription.put("canceled_at", now);
        subscription.put("ended_at", now);
        subscription.put("created", now - 86_400);
        subscription.put("customer", "cus_test_subscriber");
        subscription.put("livemode", false);
        subscription.put("metadata", Map.of());
        subscription.put(
                "items",
                Map.of(
                        "object",
                        "list",
                        "data",
                        List.of(),
                        "has_more",
                        false,
                        "url",
                        "/v1/subscription_items?subscription=" + id));
        return subscription;
    }

    private static Map<String, String> metadata(Map<String, String> form, String prefix) {
        Map<String, String> metadata = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(prefix + "[")) {
                metadata.put(key.substring(prefix.length() + 1, key.length() - 1), value);
            }
        });
        return metadata;
    }

    private static Map<String, Object> error(String type, String message) {
        return Map.of("error", Map.of("type", type, "message", message));
    }

    private static Map<String, Object> missing(String message) {
        return Map.of(
                "error",
                Map.of("type", "invalid_request_error", "code", "resource_missing", "param", "id", "message", message));
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_test_" + IDS.incrementAndGet());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
