package io.vectort.billing;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import io.vectort.support.ScriptedCodeGenerator;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Credits end to end: holds, settlements and releases of generations and API calls, exact under load. */
class CreditsIT extends IntegrationTest {

    /** 500 input and 300 output tokens of gpt-4.1-mini (0.40 and 1.60 USD per million). */
    private static final long CALL_COST_MICROS = 680;

    private static final long SIGNUP_GRANT_MICROS = 1_000_000;

    @Autowired
    ApiCredits apiCredits;

    @Autowired
    CreditLedger ledger;

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        generations = new Generations(api);
        user = api.newUser();
    }

    @AfterEach
    void ledgerStillAddsUp() {
        assertLedgerReplaysToBalances();
    }

    @Test
    void aNewAccountIsOnTheFreePlanWithItsMonthlyCredits() {
        JsonNode balance = api.get("/api/v1/billing/balance", user.token()).json();
        assertThat(balance.get("plan").get("id").asString()).isEqualTo("free");
        assertThat(balance.get("plan").get("generationsPerMinute").asInt()).isEqualTo(10);
        assertThat(balance.get("plan").get("apiRequestsPerDay").asInt()).isEqualTo(100);
        assertThat(new BigDecimal(balance.get("availableCredits").asString())).isEqualByComparingTo("1000");
        assertThat(new BigDecimal(balance.get("reservedCredits").asString())).isEqualByComparingTo("0");

        JsonNode ledgerPage = api.get("/api/v1/billing/ledger", user.token()).json();
        assertThat(ledgerPage.get("items")).hasSize(1);
        assertThat(ledgerPage.get("items").get(0).get("kind").asString()).isEqualTo("grant");
    }

    @Test
    void aNewAccountsLedgerShowsItsGrantEvenBeforeTheBalanceIsRead() {
        JsonNode items = api.get("/api/v1/billing/ledger", user.token()).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("grant");
        assertThat(new BigDecimal(items.get(0).get("credits").asString())).isEqualByComparingTo("1000");
    }

    @Test
    void anLlmGenerationHoldsCreditsAtSubmitAndSettlesItsExactCost() {
        OPENAI.enqueue(FakeReply.text(ScriptedCodeGenerator.threeFiles("Paid")).withUsage(500, 300));
        String project = generations.createProject(user, "Paid");
        String id = generations
                .submit(user, project, generation("A paid page", false))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, id).get("status").asString()).isEqualTo("succeeded");

        assertThat(balance(user.userId())).isEqualTo(new Balance("free", SIGNUP_GRANT_MICROS - CALL_COST_MICROS, 0));
        List<String> kinds = kinds(user.userId());
        assertThat(kinds).containsExactly("settlement", "reservation", "grant");
        long held = -entry(user.userId(), "reservation").balanceDeltaMicros();
        assertThat(held).isGreaterThan(CALL_COST_MICROS);
        assertThat(entry(user.userId(), "settlement").balanceDeltaMicros()).isEqualTo(held - CALL_COST_MICROS);
    }

    @Test
    void aFailedGenerationReleasesItsHold() {
        OPENAI.enqueue(FakeReply.error(400));
        String project = generations.createProject(user, "Refused");
        String id = generations
                .submit(user, project, generation("A refused page", false))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, id).get("status").asString()).isEqualTo("failed");

        assertThat(balance(user.userId())).isEqualTo(new Balance("free", SIGNUP_GRANT_MICROS, 0));
        assertThat(kinds(user.userId())).containsExactly("release", "reservation", "grant");
    }

    @Test
    void hundredParallelGenerationsAgainstASmallBalanceAdmitExactlyWhatItCovers() throws Exception {
        ledger.balance(user.userId()); // opens the account
        jdbc.sql("update billing_accounts set plan_id = 'enterprise' where org_id = :user")
                .param("user", user.userId())
                .update();
        // Slow enough that no generation settles (and frees credits) while the others are submitted.
        OPENAI.alwaysReply(FakeReply.text(ScriptedCodeGenerator.threeFiles("Parallel"))
                .withUsage(500, 300)
                .slowFirstByte(Duration.ofSeconds(4)));
        List<String> projects = IntStream.range(0, 100)
                .mapToObj(i -> generations.createProject(user, "P" + i))
                .toList();

        List<Api.Response> answers = Parallel.run(IntStream.range(0, 100)
                .mapToObj(i -> (Callable<Api.Response>) () -> api.post(
                        "/api/v1/projects/" + projects.get(i) + "/generate",
                        user.token(),
                        generation("Parallel app %02d".formatted(i), true)))
                .toList());

        long held = -entry(user.userId(), "reservation").balanceDeltaMicros();
        long affordable = SIGNUP_GRANT_MICROS / held;
        assertThat(affordable).isBetween(1L, 99L);
        List<Api.Response> admitted =
                answers.stream().filter(a -> a.status() == 202).toList();
        List<Api.Response> refused =
                answers.stream().filter(a -> a.status() == 402).toList();
        assertThat(admitted).hasSize((int) affordable);
        assertThat(refused).hasSize(100 - (int) affordable);
        assertThat(refused.getFirst().header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        for (Api.Response accepted : admitted) {
            assertThat(generations
                            .awaitFinished(user, accepted.json().get("id").asString())
                            .get("status")
                            .asString())
                    .isEqualTo("succeeded");
        }
        assertThat(balance(user.userId()))
                .isEqualTo(new Balance("enterprise", SIGNUP_GRANT_MICROS - affordable * CALL_COST_MICROS, 0));
        assertThat(kinds(user.userId()).stream().filter("settlement"::equals)).hasSize((int) affordable);
    }

    @Test
    void apiCallsAreSettledInBatchesToTheirExactCost() {
        OPENAI.alwaysReply(FakeReply.text("Hello").withUsage(500, 300));
        String key = apiKey(user);
        for (int i = 0; i < 7; i++) {
            Api.Response answer = api.post(
                    "/v1/chat/completions",
                    key,
                    Map.of(
                            "model",
                            "ok-openai",
                            "max_tokens",
                            300,
                            "messages",
                            List.of(Map.of("role", "user", "content", "Hi " + i))));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
        apiCredits.flush(true);

        assertThat(balance(user.userId()))
                .isEqualTo(new Balance("free", SIGNUP_GRANT_MICROS - 7 * CALL_COST_MICROS, 0));
        long settled = jdbc.sql("select coalesce(sum(balance_delta + reserved_delta), 0) from credit_ledger"
                        + " where org_id = :user and kind in ('reservation', 'settlement', 'release')")
                .param("user", user.userId())
                .query(Long.class)
                .single();
        assertThat(settled).isEqualTo(-7 * CALL_COST_MICROS);
        assertThat(count("credit_ledger where org_id = '" + user.userId() + "'"))
                .isLessThan(7);
    }

    @Test
    void creditsHeldByANodeThatStoppedAreReleasedExactlyOnce() {
        ledger.reserve(user.userId(), 50_000, "lease:dead-node:" + user.userId() + ":1", "API calls");
        jdbc.sql(
                        "insert into credit_leases (node, org_id, outstanding_micros, heartbeat) values ('dead-node', :user, 50000, :at)")
                .param("user", user.userId())
                .param("at", Timestamp.from(Instant.now().minusSeconds(600)))
                .update();
        assertThat(balance(user.userId())).isEqualTo(new Balance("free", SIGNUP_GRANT_MICROS - 50_000, 50_000));

        apiCredits.run();
        apiCredits.run();

        assertThat(balance(user.userId())).isEqualTo(new Balance("free", SIGNUP_GRANT_MICROS, 0));
        assertThat(count("credit_leases where node = 'dead-node'")).isZero();
        assertThat(kinds(user.userId()).stream().filter("release"::equals)).hasSize(1);
    }

    @Test
    void ledgerOperationsAreIdempotentByKey() {
        ledger.reserve(user.userId(), 1_000, "test:" + user.userId() + ":hold", "test");
        ledger.reserve(user.userId(), 1_000, "test:" + user.userId() + ":hold", "test");
        ledger.settle(user.userId(), 1_000, 400, "test:" + user.userId() + ":settle", "test");
        ledger.settle(user.userId(), 1_000, 400, "test:" + user.userId() + ":settle", "test");

        assertThat(balance(user.userId())).isEqualTo(new Balance("free", SIGNUP_GRANT_MICROS - 400, 0));
        assertThat(kinds(user.userId())).containsExactly("settlement", "reservation", "grant");
    }

    private void assertLedgerReplaysToBalances() {
        List<Map<String, Object>> mismatches = jdbc.sql("""
                        select a.org_id, a.balance_micros, a.reserved_micros, l.balance, l.reserved
                        from billing_accounts a
                        left join (select org_id, sum(balance_delta) balance, sum(reserved_delta) reserved
                                   from credit_ledger group by org_id) l on l.org_id = a.org_id
                        where a.balance_micros <> coalesce(l.balance, 0) or a.reserved_micros <> coalesce(l.reserved, 0)""").query().listOfRows();
        assertThat(mismatches)
                .as("accounts whose balance differs from their ledger")
                .isEmpty();
    }

    private Balance balance(UUID userId) {
        return ledger.balance(userId);
    }

    private List<String> kinds(UUID userId) {
        return jdbc.sql("select kind from credit_ledger where org_id = :user order by created_at desc, id desc")
                .param("user", userId)
                .query(String.class)
                .list();
    }

    private LedgerEntry entry(UUID userId, String kind) {
        return ledger.entries(userId, java.util.Optional.empty(), 500).stream()
                .filter(e -> e.kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private String apiKey(Api.Session owner) {
        return api.post("/api/v1/keys", owner.token(), Map.of("name", "billing"))
                .json()
                .get("key")
                .asString();
    }

    static Map<String, Object> generation(String description, boolean force) {
        return Map.of(
                "description", description,
                "framework", "html",
                "type", "landing",
                "model", "builder-openai",
                "force_regenerate", force);
    }
}
