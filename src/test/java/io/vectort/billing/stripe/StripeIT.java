package io.vectort.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.billing.Quotas;
import io.vectort.shared.RateLimitExceededException;
import io.vectort.support.Api;
import io.vectort.support.FakeStripe;
import io.vectort.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StripeIT extends IntegrationTest {

    private static final String API_VERSION = "2025-09-30.clover";

    @Autowired
    Quotas quotas;

    @Test
    void purchaseOfAPackCreatesACheckoutSessionForTheBuyer() {
        Api.Session user = api.newUser();

        Api.Response response = api.post("/api/v1/credits/purchase", user.token(), Map.of("pack", "credits-10"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        String sessionId = body.get("session_id").asString();
        assertThat(sessionId).startsWith("cs_test_");
        assertThat(body.get("checkout_url").asString()).isEqualTo("https://checkout.stripe.com/c/pay/" + sessionId);
        assertThat(Instant.parse(body.get("expires_at").asString()))
                .isAfter(Instant.now().plusSeconds(3600));

        List<FakeStripe.Request> customers = FakeStripe.requestsOf(user.userId(), "/v1/customers");
        assertThat(customers).hasSize(1);
        assertThat(customers.getFirst().form()).containsEntry("email", user.email());
        String customerId = jdbc.sql("select stripe_customer_id from billing_accounts where org_id = :u")
                .param("u", user.userId())
                .query(String.class)
                .single();

        List<FakeStripe.Request> checkouts = FakeStripe.requestsOf(user.userId(), "/v1/checkout/sessions");
        assertThat(checkouts).hasSize(1);
        FakeStripe.Request sent = checkouts.getFirst();
        assertThat(sent.authorization()).isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
        assertThat(sent.form())
                .containsEntry("mode", "payment")
                .containsEntry("customer", customerId)
                .containsEntry("client_reference_id", user.userId().toString())
                .containsEntry("success_url", "https://vectort.test/billing?paid={CHECKOUT_SESSION_ID}")
                .containsEntry("cancel_url", "https://vectort.test/billing?cancelled")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][price_data][unit_amount]", "1000")
                .containsEntry("line_items[0][price_data][product_data][name]", "10,000 Vectort credits")
                .containsEntry("metadata[kind]", "pack")
                .containsEntry("metadata[pack]", "credits-10");

        Map<String, Object> stored = jdbc.sql("select * from stripe_checkout_sessions where id = :id")
                .param("id", sessionId)
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("org_id", user.userId())
                .containsEntry("kind", "pack")
                .containsEntry("pack", "credits-10")
                .containsEntry("credits_micros", 10_000_000L)
                .containsEntry("amount_cents", 1000L)
                .containsEntry("status", "open");

        // The second purchase reuses the Stripe customer.
        assertThat(api.post("/api/v1/credits/purchase", user.token(), Map.of("pack", "credits-25"))
                        .status())
                .isEqualTo(201);
        assertThat(FakeStripe.requestsOf(user.userId(), "/v1/customers")).hasSize(1);
        List<FakeStripe.Request> both = FakeStripe.requestsOf(user.userId(), "/v1/checkout/sessions");
        assertThat(both).hasSize(2);
        assertThat(both.get(1).form())
                .containsEntry("customer", customerId)
                .containsEntry("line_items[0][price_data][unit_amount]", "2500");
    }

    @Test
    void unknownPackOrPlanIsRefusedWithoutCallingStripe() {
        Api.Session user = api.newUser();

        Api.Response pack = api.post("/api/v1/credits/purchase", user.token(), Map.of("pack", "credits-7"));
        Api.Response plan = api.post("/api/v1/credits/purchase", user.token(), Map.of("plan", "free"));
        Api.Response neither = api.post("/api/v1/credits/purchase", user.token(), Map.of());

        for (Api.Response response : List.of(pack, plan, neither)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(pack.json().get("errors").get(0).get("field").asString()).isEqualTo("pack");
        assertThat(plan.json().get("errors").get(0).get("field").asString()).isEqualTo("plan");
        assertThat(FakeStripe.requestsOf(user.userId(), "/v1/checkout/sessions"))
                .isEmpty();
        assertThat(sessionsOf(user.userId())).isZero();
    }

    @Test
    void purchaseWithoutAnAccessTokenIs401() {
        Api.Response response = api.post("/api/v1/credits/purchase", null, Map.of("pack", "credits-10"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void stripeErrorBecomes502AndStoresNothing() {
        Api.Session user = api.newUser();
        FakeStripe.failCheckoutsOf(user.userId());

        Api.Response response = api.post("/api/v1/credits/purchase", user.token(), Map.of("plan", "pro"));

        assertThat(response.status()).as(response.toString()).isEqualTo(502);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/payment-provider-error");
        assertThat(FakeStripe.requestsOf(user.userId(), "/v1/checkout/sessions"))
                .hasSize(1);
        assertThat(sessionsOf(user.userId())).isZero();
    }

    @Test
    void completedCheckoutCreditsThePackExactlyOnce() {
        Api.Session user = api.newUser();
        String session = purchase(user, Map.of("pack", "credits-10"));
        BigDecimal before = availableCredits(user);
        String completed = completedEvent("evt_" + UUID.randomUUID(), session, user, "payment", null);

        Api.Response first = deliver(completed, Instant.now());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("duplicate").asBoolean()).isFalse();
        assertThat(availableCredits(user)).isEqualByComparingTo(before.add(new BigDecimal("10000")));
        List<JsonNode> purchases = purchaseEntries(user);
        assertThat(purchases).hasSize(1);
        assertThat(purchases.getFirst().get("credits").decimalValue()).isEqualByComparingTo("10000");
        assertThat(purchases.getFirst().get("reference").asString()).isEqualTo(session);
        assertThat(statusOf(session)).isEqualTo("completed");

        // Stripe delivers at least once: the same event again, freshly signed, changes nothing.
        Api.Response again = deliver(completed, Instant.now());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();

        // Another event about the same session (a re-sent or async-payment event) changes nothing.
        Api.Response other = deliver(
                completedEvent("evt_" + UUID.randomUUID(), session, user, "payment", null)
                        .replace("checkout.session.completed", "checkout.session.async_payment_succeeded"),
                Instant.now());
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("duplicate").asBoolean()).isFalse();

        assertThat(availableCredits(user)).isEqualByComparingTo(before.add(new BigDecimal("10000")));
        assertThat(purchaseEntries(user)).hasSize(1);
    }

    @Test
    void concurrentDeliveriesOfOneEventCreditOnce() throws Exception {
        Api.Session user = api.newUser();
        String session = purchase(user, Map.of("pack", "credits-25"));
        BigDecimal before = availableCredits(user);
        String completed = completedEvent("evt_" + UUID.randomUUID(), session, user, "payment", null);

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> deliveries = IntStream.range(0, 6)
                    .mapToObj(i ->
                            pool.submit(() -> deliver(completed, Instant.now()).status()))
                    .toList();
            statuses = new java.util.ArrayList<>();
            for (Future<Integer> delivery : deliveries) {
                statuses.add(delivery.get());
            }
        }

        assertThat(statuses).containsOnly(200);
        assertThat(availableCredits(user)).isEqualByComparingTo(before.add(new BigDecimal("25000")));
        assertThat(purchaseEntries(user)).hasSize(1);
    }

    @Test
    void completionOfASessionVectortDidNotCreateIsRecordedAndCreditsNothing() {
        Api.Session user = api.newUser();
        purchase(user, Map.of("pack", "credits-10"));
        BigDecimal before = availableCredits(user);
        String eventId = "evt_" + UUID.randomUUID();

        Api.Response response =
                deliver(completedEvent(eventId, "cs_test_not_ours", user, "payment", null), Instant.now());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asString()).contains("unknown checkout session");
        assertThat(eventRecorded(eventId)).isTrue();
        assertThat(availableCredits(user)).isEqualByComparingTo(before);
        assertThat(purchaseEntries(user)).isEmpty();
    }

    @Test
    void unpaidCompletedCheckoutCreditsNothingYet() {
        Api.Session user = api.newUser();
        String session = purchase(user, Map.of("pack", "credits-10"));
        BigDecimal before = availableCredits(user);

        Api.Response response = deliver(
                completedEvent("evt_" + UUID.randomUUID(), session, user, "payment", null)
                        .replace("\"payment_status\":\"paid\"", "\"payment_status\":\"unpaid\""),
                Instant.now());

        assertThat(response.status()).isEqualTo(200);
        assertThat(availableCredits(user)).isEqualByComparingTo(before);
        assertThat(statusOf(session)).isEqualTo("open");
    }

    @Test
    void badOrMissingSignatureIs400AndRecordsNothing() {
        Api.Session user = api.newUser();
        String session = purchase(user, Map.of("pack", "credits-10"));
        BigDecimal before = availableCredits(user);
        String eventId = "evt_" + UUID.randomUUID();
        String payload = completedEvent(eventId, session, user, "payment", null);

        Api.Response wrongSecret = api.send(
                "POST",
                "/api/v1/stripe/webhook",
                null,
                payload,
                "Stripe-Signature",
                FakeStripe.signature(payload, Instant.now(), "whsec_someone_else"));
        Api.Response tampered = api.send(
                "POST",
                "/api/v1/stripe/webhook",
                null,
                payload.replace("\"livemode\":false", "\"livemode\":true"),
                "Stripe-Signature",
                FakeStripe.signature(payload, Instant.now(), FakeStripe.WEBHOOK_SECRET));
        Api.Response missing = api.send("POST", "/api/v1/stripe/webhook", null, payload);
        Api.Response garbage =
                api.send("POST", "/api/v1/stripe/webhook", null, payload, "Stripe-Signature", "not a signature");

        for (Api.Response response : List.of(wrongSecret, tampered, missing, garbage)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(wrongSecret.json().get("type").asString()).endsWith("/invalid-stripe-signature");
        assertThat(eventRecorded(eventId)).isFalse();
        assertThat(availableCredits(user)).isEqualByComparingTo(before);
        assertThat(statusOf(session)).isEqualTo("open");
    }

    @Test
    void replayWithAStaleTimestampIs400AndRecordsNothing() {
        Api.Session user = api.newUser();
        String session = purchase(user, Map.of("pack", "credits-10"));
        BigDecimal before = availableCredits(user);
        String eventId = "evt_" + UUID.randomUUID();
        String payload = completedEvent(eventId, session, user, "payment", null);

        Api.Response stale = deliver(payload, Instant.now().minusSeconds(301));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(400);
        assertThat(stale.json().get("detail").asString()).contains("tolerance");
        assertThat(eventRecorded(eventId)).isFalse();
        assertThat(availableCredits(user)).isEqualByComparingTo(before);

        // The very same payload signed now is accepted: only its age was wrong.
        assertThat(deliver(payload, Instant.now()).status()).isEqualTo(200);
        assertThat(availableCredits(user)).isEqualByComparingTo(before.add(new BigDecimal("10000")));
    }

    @Test
    void subscriptionChangesThePlanAtOnceAndItsEndRestoresTheDefault() {
        Api.Session user = api.newUser();
        String session = purchase(user, Map.of("plan", "starter"));
        FakeStripe.Request sent =
                FakeStripe.requestsOf(user.userId(), "/v1/checkout/sessions").getFirst();
        assertThat(sent.form())
                .containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price]", FakeStripe.STARTER_PRICE)
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("client_reference_id", user.userId().toString())
                .containsEntry("subscription_data[metadata][plan]", "starter");
        String customer = customerOf(user);
        String subscription = "sub_test_" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response completed = deliver(
                completedEvent("evt_" + UUID.randomUUID(), session, user, "subscription", subscription), Instant.now());

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode plan = api.get("/api/v1/billing/balance", user.token()).json().get("plan");
        assertThat(plan.get("id").asString()).isEqualTo("starter");
        assertThat(plan.get("generationsPerMinute").asInt()).isEqualTo(30);
        // The starter limit (30 a minute) applies now, not the free plan's 10.
        for (int i = 0; i < 30; i++) {
            assertThat(quotas.admitGeneration(user.userId())).isEmpty();
        }
        assertThatThrownBy(() -> quotas.admitGeneration(user.userId())).isInstanceOf(RateLimitExceededException.class);

        // A subscriber cannot start a second subscription: it would bill twice.
        Api.Response same = api.post("/api/v1/credits/purchase", user.token(), Map.of("plan", "starter"));
        Api.Response second = api.post("/api/v1/credits/purchase", user.token(), Map.of("plan", "pro"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.json().get("type").asString()).endsWith("/plan-active");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).endsWith("/subscription-active");

        // Moved to pro in the Stripe portal.
        Api.Response updated = deliver(
                subscriptionEvent(
                        "customer.subscription.updated", subscription, customer, "active", FakeStripe.PRO_PRICE),
                Instant.now());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(planOf(user)).isEqualTo("pro");

        // An event about some other subscription of the customer does not touch the plan.
        deliver(
                subscriptionEvent(
                        "customer.subscription.deleted", "sub_test_other", customer, "canceled", FakeStripe.PRO_PRICE),
                Instant.now());
        assertThat(planOf(user)).isEqualTo("pro");

        Api.Response deleted = deliver(
                subscriptionEvent(
                        "customer.subscription.deleted", subscription, customer, "canceled", FakeStripe.PRO_PRICE),
                Instant.now());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(planOf(user)).isEqualTo("free");
        assertThat(api.post("/api/v1/credits/purchase", user.token(), Map.of("plan", "pro"))
                        .status())
                .isEqualTo(201);
        assertThat(jdbc.sql("select stripe_subscription_id is null from billing_accounts where org_id = :u")
                        .param("u", user.userId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void unknownEventTypesAreRecordedAndIgnored() {
        String eventId = "evt_" + UUID.randomUUID();
        String payload = """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,\
                "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"invoice.paid",\
                "data":{"object":{"id":"in_test_1","object":"invoice","customer":"cus_nobody","status":"paid"}}}""".formatted(eventId, API_VERSION, Instant.now().getEpochSecond());

        Api.Response response = deliver(payload, Instant.now());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select outcome from stripe_events where id = :id")
                        .param("id", eventId)
                        .query(String.class)
                        .single())
                .startsWith("ignored");
    }

    @Test
    void the21stPurchaseInAnHourIsRateLimited() {
        Api.Session user = api.newUser();
        for (int i = 0; i < 20; i++) {
            assertThat(api.post("/api/v1/credits/purchase", user.token(), Map.of("pack", "credits-10"))
                            .status())
                    .isEqualTo(201);
        }

        Api.Response limited = api.post("/api/v1/credits/purchase", user.token(), Map.of("pack", "credits-10"));

        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isPositive();
        assertThat(sessionsOf(user.userId())).isEqualTo(20);
    }

    private String purchase(Api.Session user, Map<String, String> what) {
        Api.Response response = api.post("/api/v1/credits/purchase", user.token(), what);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("session_id").asString();
    }

    private Api.Response deliver(String payload, Instant signedAt) {
        return api.send(
                "POST",
                "/api/v1/stripe/webhook",
                null,
                payload,
                "Stripe-Signature",
                FakeStripe.signature(payload, signedAt, FakeStripe.WEBHOOK_SECRET));
    }

    /** A {@code checkout.session.completed} event as Stripe sends it (abridged to what matters). */
    private String completedEvent(String eventId, String session, Api.Session user, String mode, String subscription) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,\
                "request":{"id":null,"idempotency_key":null},"type":"checkout.session.completed",\
                "data":{"object":{"id":"%s","object":"checkout.session","mode":"%s","status":"complete",\
                "payment_status":"paid","client_reference_id":"%s","customer":"%s","subscription":%s,\
                "amount_total":1000,"currency":"usd","livemode":false,"metadata":{"org_id":"%s"}}}}""".formatted(
                        eventId,
                        API_VERSION,
                        Instant.now().getEpochSecond(),
                        session,
                        mode,
                        user.userId(),
                        customerOf(user),
                        subscription == null ? "null" : "\"" + subscription + "\"",
                        user.userId());
    }

    private String subscriptionEvent(String type, String subscription, String customer, String status, String price) {
        return """
                {"id":"evt_%s","object":"event","api_version":"%s","created":%d,"livemode":false,\
                "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",\
                "data":{"object":{"id":"%s","object":"subscription","customer":"%s","status":"%s",\
                "items":{"object":"list","data":[{"id":"si_test_1","object":"subscription_item",\
                "price":{"id":"%s","object":"price","recurring":{"interval":"month"}},"quantity":1}]},\
                "livemode":false,"metadata":{}}}}""".formatted(
                        UUID.randomUUID(),
                        API_VERSION,
                        Instant.now().getEpochSecond(),
                        type,
                        subscription,
                        customer,
                        status,
                        price);
    }

    private BigDecimal availableCredits(Api.Session user) {
        return api.get("/api/v1/billing/balance", user.token())
                .json()
                .get("availableCredits")
                .decimalValue();
    }

    private String planOf(Api.Session user) {
        return api.get("/api/v1/billing/balance", user.token())
                .json()
                .get("plan")
                .get("id")
                .asString();
    }

    private List<JsonNode> purchaseEntries(Api.Session user) {
        JsonNode items = api.get("/api/v1/billing/ledger", user.token()).json().get("items");
        return items.valueStream()
                .filter(e -> e.get("kind").asString().equals("purchase"))
                .toList();
    }

    private String customerOf(Api.Session user) {
        return jdbc.sql("select stripe_customer_id from billing_accounts where org_id = :u")
                .param("u", user.userId())
                .query(String.class)
                .single();
    }

    private String statusOf(String session) {
        return jdbc.sql("select status from stripe_checkout_sessions where id = :id")
                .param("id", session)
                .query(String.class)
                .single();
    }

    private boolean eventRecorded(String eventId) {
        return jdbc.sql("select exists (select 1 from stripe_events where id = :id)")
                .param("id", eventId)
                .query(Boolean.class)
                .single();
    }

    private long sessionsOf(UUID userId) {
        return jdbc.sql("select count(*) from stripe_checkout_sessions where org_id = :u")
                .param("u", userId)
                .query(Long.class)
                .single();
    }
}
