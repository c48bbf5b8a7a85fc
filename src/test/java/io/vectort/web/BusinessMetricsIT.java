package io.vectort.web;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeStripe;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import io.vectort.support.TestRedis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The business metrics of the roadmap, moved by real requests and read as Prometheus scrapes them:
 * each event moves its counter by exactly its amount, once, and no label names a person.
 */
class BusinessMetricsIT extends IntegrationTest {

    /** 500 input and 300 output tokens of gpt-4.1-mini: 680 micro-USD, 0.68 credits. */
    private static final double CALL_COST_CREDITS = 0.68;

    private static final Pattern UUID_IN_LABELS =
            Pattern.compile("^vectort_[a-z_]+\\{[^}]*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Generations generations;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        generations = new Generations(api);
    }

    @Test
    void signUpFunnelCountsEachStepOncePerAccount() throws Exception {
        double registered = signups("registered");
        double verified = signups("verified");
        double firstGeneration = signups("first_generation");

        Api.Session user = api.newUser();
        assertThat(signups("registered")).isEqualTo(registered + 1);
        assertThat(signups("verified")).isEqualTo(verified);

        // The link of the verification email, as the mail would carry it (no mail server here).
        String token = verificationLinkFor(user.userId());
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", token))
                        .status())
                .isEqualTo(204);
        assertThat(signups("verified")).isEqualTo(verified + 1);

        String project = generations.createProject(user, "Funnel");
        for (String description : List.of("First page", "Second page")) {
            String id = generations
                    .submit(user, project, Generations.request(description, "html", "landing"))
                    .get("id")
                    .asString();
            assertThat(generations.awaitFinished(user, id).get("status").asString())
                    .isEqualTo("succeeded");
        }
        awaitMetric(() -> signups("first_generation"), firstGeneration + 1);
        assertThat(signups("first_generation")).isEqualTo(firstGeneration + 1);
    }

    @Test
    void generationsAreCountedByStatusModelAndFrameworkAndChargedCreditsAreConsumed() throws Exception {
        Api.Session user = api.newUser();
        String starterSeries =
                "framework=\"html\",model=\"starter-1\",provider=\"offline-starter\",status=\"succeeded\"";
        String llmSeries = "framework=\"html\",model=\"gpt-4.1-mini\",provider=\"builder-openai\",status=\"succeeded\"";
        double starter = api.metric("vectort_generations_total", starterSeries);
        double llm = api.metric("vectort_generations_total", llmSeries);
        double consumed = api.metric("vectort_credits_consumed_total", "");

        String project = generations.createProject(user, "Counted");
        String first = generations
                .submit(user, project, Generations.request("A counted page", "html", "landing"))
                .get("id")
                .asString();
        generations.awaitFinished(user, first);
        OPENAI.enqueue(FakeReply.text(ScriptedCodeGenerator.threeFiles("Paid")).withUsage(500, 300));
        String paid = generations
                .submit(
                        user,
                        project,
                        Map.of(
                                "description", "A paid page " + UUID.randomUUID(),
                                "framework", "html",
                                "type", "landing",
                                "model", "builder-openai",
                                "force_regenerate", true))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, paid).get("status").asString())
                .isEqualTo("succeeded");

        awaitMetric(() -> api.metric("vectort_generations_total", llmSeries), llm + 1);
        assertThat(api.metric("vectort_generations_total", starterSeries)).isEqualTo(starter + 1);
        assertThat(api.metric("vectort_generations_total", llmSeries)).isEqualTo(llm + 1);
        assertThat(api.metric("vectort_credits_consumed_total", ""))
                .isCloseTo(consumed + CALL_COST_CREDITS, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void paymentsAndCreditsGrantedCountOnlyWhatWasCommittedOnce() {
        Api.Session user = api.newUser();
        double grants = granted("grant");
        api.get("/api/v1/billing/balance", user.token()); // opens the account: the plan's credits
        long planCredits =
                jdbc.sql("""
                        select p.monthly_credits_micros / 1000 from billing_accounts a join plans p on p.id = a.plan_id
                        where a.org_id = :org""").param("org", user.userId()).query(Long.class).single();
        assertThat(granted("grant")).isEqualTo(grants + planCredits);

        double purchases = granted("purchase");
        double succeeded = payments("pack", "succeeded");
        double pending = payments("pack", "pending");
        String session = purchase(user);

        String unpaid = completedEvent("evt_" + UUID.randomUUID(), session, user)
                .replace("\"payment_status\":\"paid\"", "\"payment_status\":\"unpaid\"");
        assertThat(deliver(unpaid).status()).isEqualTo(200);
        assertThat(payments("pack", "pending")).isEqualTo(pending + 1);
        assertThat(payments("pack", "succeeded")).isEqualTo(succeeded);

        String paid = completedEvent("evt_" + UUID.randomUUID(), session, user);
        assertThat(deliver(paid).status()).isEqualTo(200);
        // Stripe delivers at least once: a duplicate changes nothing, counters included.
        assertThat(deliver(paid).json().get("duplicate").asBoolean()).isTrue();
        assertThat(payments("pack", "succeeded")).isEqualTo(succeeded + 1);
        assertThat(granted("purchase")).isEqualTo(purchases + 10_000);

        // A delivery with a bad signature is refused and counts nothing.
        Api.Response forged = api.send(
                "POST",
                "/api/v1/stripe/webhook",
                null,
                completedEvent("evt_" + UUID.randomUUID(), session, user),
                "Stripe-Signature",
                FakeStripe.signature(paid, Instant.now(), "whsec_not_the_secret"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(payments("pack", "succeeded")).isEqualTo(succeeded + 1);
        assertThat(granted("purchase")).isEqualTo(purchases + 10_000);
    }

    @Test
    void workerGaugesAddUpToTheNodesConcurrencyAndQueueDepthIsExported() {
        double busy = api.metric("vectort_workers_busy", "");
        double available = api.metric("vectort_workers_available", "");

        assertThat(busy).isGreaterThanOrEqualTo(0);
        // vectort.jobs.concurrency is 64 by default; a slot is either busy or available.
        assertThat(busy + available).isBetween(63.0, 65.0);
        assertThat(api.metrics().body()).containsPattern("(?m)^vectort_jobs_due\\{[^}]*} [0-9]");
        assertThat(api.metrics().body()).containsPattern("(?m)^hikaricp_connections_active\\{[^}]*pool=\"[^\"]+\"");
    }

    @Test
    void redisCommandTimingsAreExportedPerCommandTypeWhenRedisIsConfigured() {
        assumeTrue(TestRedis.url().isPresent(), "no Redis on 127.0.0.1");
        api.newUser(); // rate limits and caches talk to Redis

        List<String> series = api.metrics()
                .body()
                .lines()
                .filter(line -> line.startsWith("lettuce_command_completion_seconds_count{"))
                .toList();
        assertThat(series).isNotEmpty();
        // One series per command type: the local side of a connection (a port) is not a label value.
        assertThat(series)
                .allSatisfy(line -> assertThat(line)
                        .containsPattern("command=\"[A-Z]+\"")
                        .doesNotContainPattern("local=\"[^\"]*:[0-9]+\""));
    }

    @Test
    void noVectortMetricLabelCarriesAnIdOrAnEmail() {
        Api.Session user = api.newUser();
        String project = generations.createProject(user, "Labels");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, Generations.request("Labels", "html", "landing"))
                        .get("id")
                        .asString());

        String body = api.metrics().body();
        List<String> withIds =
                body.lines().filter(line -> UUID_IN_LABELS.matcher(line).find()).toList();
        assertThat(withIds).isEmpty();
        assertThat(body)
                .doesNotContain(user.email())
                .doesNotContain(user.userId().toString());
        Matcher models = Pattern.compile("vectort_generations_total\\{[^}]*model=\"([^\"]+)\"")
                .matcher(body);
        while (models.find()) {
            assertThat(models.group(1)).doesNotContain(" ");
        }
    }

    private double signups(String step) {
        return api.metric("vectort_signups_total", "step=\"" + step + "\"");
    }

    private double granted(String reason) {
        return api.metric("vectort_credits_granted_total", "reason=\"" + reason + "\"");
    }

    private double payments(String kind, String status) {
        return api.metric("vectort_payments_total", "kind=\"" + kind + "\",status=\"" + status + "\"");
    }

    /**
     * A counter moved after a commit on a job thread may lag the API's answer by a moment: wait for
     * it (the exact value is then asserted by the caller).
     */
    private static void awaitMetric(DoubleSupplier metric, double expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (metric.getAsDouble() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    /** Replaces the account's verification link with one whose token the test knows. */
    private String verificationLinkFor(UUID userId) throws Exception {
        String token = "t" + UUID.randomUUID().toString().replace("-", "") + "abcdefghij";
        jdbc.sql("delete from email_tokens where user_id = :user and kind = 'verify-email'")
                .param("user", userId)
                .update();
        jdbc.sql("""
                        insert into email_tokens (id, user_id, kind, token_hash, expires_at)
                        values (:id, :user, 'verify-email', :hash, now() + interval '1 hour')""")
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("hash", MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)))
                .update();
        return token;
    }

    private String purchase(Api.Session user) {
        Api.Response response = api.post("/api/v1/credits/purchase", user.token(), Map.of("pack", "credits-10"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("session_id").asString();
    }

    private Api.Response deliver(String payload) {
        return api.send(
                "POST",
                "/api/v1/stripe/webhook",
                null,
                payload,
                "Stripe-Signature",
                FakeStripe.signature(payload, Instant.now(), FakeStripe.WEBHOOK_SECRET));
    }

    /** A {@code checkout.session.completed} event as Stripe sends it (abridged to what matters). */
    private String completedEvent(String eventId, String session, Api.Session user) {
        String customer = jdbc.sql("select stripe_customer_id from billing_accounts where org_id = :u")
                .param("u", user.userId())
                .query(String.class)
                .single();
        return """
                {"id":"%s","object":"event","api_version":"2025-09-30.clover","created":%d,"livemode":false,\
                "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"checkout.session.completed",\
                "data":{"object":{"id":"%s","object":"checkout.session","mode":"payment","status":"complete",\
                "payment_status":"paid","client_reference_id":"%s","customer":"%s","subscription":null,\
                "amount_total":1000,"currency":"usd","livemode":false,"metadata":{"org_id":"%s"}}}}""".formatted(eventId, Instant.now().getEpochSecond(), session, user.userId(), customer, user.userId());
    }
}
