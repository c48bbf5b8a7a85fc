package io.vectort.gateway;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An API key's own budgets and allowed models on {@code /v1}: budgets hold exactly under
 * concurrency and are charged the actual cost of each call; refusals happen before the provider is
 * called; changes apply at once.
 */
class KeyLimitsIT extends IntegrationTest {

    /**
     * The most one {@link #question} call may cost, in micro-USD: 27 characters count as 27 / 3 + 16
     * = 25 input tokens, plus max_tokens 1,000 output tokens of gpt-4.1-mini (0.40 and 1.60 USD per
     * million): 10 + 1,600.
     */
    private static final long MAX_COST_MICROS = 1_610;

    /** What it actually costs: the fake reports 100 input and 200 output tokens (40 + 320). */
    private static final long ACTUAL_COST_MICROS = 360;

    private Api.Session user;

    @BeforeEach
    void organisationWithoutPlanLimits() {
        FakeUpstreams.reset();
        OPENAI.alwaysReply(FakeReply.text("Answer").withUsage(100, 200));
        user = api.newUser();
        api.get("/api/v1/billing/balance", user.token());
        // Unlimited requests: what limits the calls here is the keys' budgets alone.
        jdbc.sql("update billing_accounts set plan_id = 'enterprise' where org_id = :org")
                .param("org", user.userId())
                .update();
    }

    @Test
    void fiftyParallelCallsAdmitExactlyWhatTheDailyBudgetCoversAndChargeTheirActualCost() throws Exception {
        int covered = 7;
        JsonNode key = createKey(Map.of(
                "name",
                "daily",
                "dailyBudgetCredits",
                credits(covered * MAX_COST_MICROS),
                "monthlyBudgetCredits",
                100));
        // Slow enough that no admitted call ends (and gives back the rest of its reservation)
        // before all fifty were decided.
        OPENAI.alwaysReply(FakeReply.text("Answer").withUsage(100, 200).slowFirstByte(Duration.ofSeconds(4)));

        List<Api.Response> answers = Parallel.run(IntStream.range(0, 50)
                .mapToObj(i -> (Callable<Api.Response>) () -> question(secret(key), i))
                .toList());

        assertThat(answers.stream().map(Api.Response::status).toList())
                .containsOnly(200, 429)
                .filteredOn(status -> status == 200)
                .hasSize(covered);
        assertThat(OPENAI.requests()).hasSize(covered);
        Api.Response refused =
                answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
        JsonNode error = refused.json().get("error");
        assertThat(error.get("type").asString()).isEqualTo("insufficient_quota");
        assertThat(error.get("code").asString()).isEqualTo("key_budget_exceeded");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1) + "T00:00:00Z";
        assertThat(error.get("message").asString())
                .contains("daily budget of 11.270 credits")
                .contains("0.000 are left")
                .contains("up to 1.610")
                .contains("resets at " + tomorrow);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 86_400L);

        assertThat(spent(keyId(key)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "d", covered * ACTUAL_COST_MICROS,
                        "m", covered * ACTUAL_COST_MICROS));
        JsonNode listed = listed(keyId(key));
        assertThat(listed.get("spentTodayCredits").decimalValue()).isEqualByComparingTo(credits(covered * 360L));
        assertThat(listed.get("spentThisMonthCredits").decimalValue()).isEqualByComparingTo(credits(covered * 360L));
    }

    @Test
    void aMonthlyBudgetAloneIsExactUnderConcurrencyToo() throws Exception {
        JsonNode key = createKey(Map.of("name", "monthly", "monthlyBudgetCredits", credits(3 * MAX_COST_MICROS)));
        OPENAI.alwaysReply(FakeReply.text("Answer").withUsage(100, 200).slowFirstByte(Duration.ofSeconds(4)));

        List<Api.Response> answers = Parallel.run(IntStream.range(0, 20)
                .mapToObj(i -> (Callable<Api.Response>) () -> question(secret(key), i))
                .toList());

        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(3);
        Api.Response refused =
                answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
        String nextMonth = YearMonth.now(ZoneOffset.UTC).plusMonths(1).atDay(1) + "T00:00:00Z";
        assertThat(refused.json().get("error").get("message").asString())
                .contains("monthly budget of 4.830 credits")
                .contains("resets at " + nextMonth);
        assertThat(spent(keyId(key))).containsEntry("m", 3 * ACTUAL_COST_MICROS);
        // Again, now that the calls have ended and paid less than they reserved.
        assertThat(question(secret(key), 99).status()).isEqualTo(200);
    }

    @Test
    void aKeyWhoseBudgetIsSpentIsRefusedWithoutCallingTheProviderUntilItIsRaised() {
        JsonNode key = createKey(Map.of("name", "tight", "dailyBudgetCredits", 1.7));
        assertThat(question(secret(key), 1).status()).isEqualTo(200);

        Api.Response refused = question(secret(key), 2);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("key_budget_exceeded");
        assertThat(refused.json().get("error").get("message").asString()).contains("1.340 are left");
        assertThat(OPENAI.requests()).hasSize(1);
        // Another key of the organisation has its own budget (none).
        assertThat(question(secret(createKey(Map.of("name", "free"))), 3).status())
                .isEqualTo(200);

        Api.Response raised = api.patch("/api/v1/keys/" + keyId(key), user.token(), Map.of("dailyBudgetCredits", 10));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(question(secret(key), 4).status()).isEqualTo(200);
    }

    @Test
    void aBudgetSetOnAKeyInUseCountsWhatItSpentBeforeAndAppliesAtOnce() {
        JsonNode key = createKey(Map.of("name", "busy"));
        for (int i = 0; i < 3; i++) {
            assertThat(question(secret(key), i).status()).isEqualTo(200);
        }
        assertThat(listed(keyId(key)).get("spentTodayCredits").decimalValue())
                .isEqualByComparingTo(credits(3 * ACTUAL_COST_MICROS));

        Map<String, Object> budget = new HashMap<>();
        budget.put("dailyBudgetCredits", credits(3 * ACTUAL_COST_MICROS + MAX_COST_MICROS - 1));
        api.patch("/api/v1/keys/" + keyId(key), user.token(), budget);

        Api.Response refused = question(secret(key), 3);
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.json().get("error").get("message").asString()).contains("1.609 are left");

        budget.put("dailyBudgetCredits", null);
        JsonNode cleared =
                api.patch("/api/v1/keys/" + keyId(key), user.token(), budget).json();
        assertThat(cleared.get("dailyBudgetCredits").isNull()).isTrue();
        assertThat(question(secret(key), 4).status()).isEqualTo(200);
    }

    @Test
    void aKeyMayCallOnlyItsAllowedModelsEverywhereAndListsOnlyThose() {
        JsonNode key = createKey(Map.of("name", "listed", "allowedModels", List.of("ok-openai", "vectort-minilm")));
        JsonNode chatOnly = createKey(Map.of("name", "chat only", "allowedModels", List.of("ok-openai")));

        assertThat(question(secret(key), 1).status()).isEqualTo(200);
        assertThat(embed(secret(key)).status()).isEqualTo(200);
        for (String model : List.of("fallback-openai", "auto", "no-such-model")) {
            assertNotAllowed(chat(secret(key), model), model);
        }
        assertNotAllowed(embed(secret(chatOnly)), "vectort-minilm");
        assertThat(OPENAI.requests()).hasSize(1);

        JsonNode models = api.get("/v1/models", secret(key)).json().get("data");
        assertThat(StreamSupport.stream(models.spliterator(), false)
                        .map(m -> m.get("id").asString())
                        .toList())
                .containsExactly("ok-openai", "vectort-minilm");
        assertThat(api.get("/v1/models", secret(createKey(Map.of("name", "all"))))
                        .json()
                        .get("data")
                        .size())
                .isGreaterThan(10);

        Map<String, Object> everything = new HashMap<>();
        everything.put("allowedModels", null);
        api.patch("/api/v1/keys/" + keyId(chatOnly), user.token(), everything);
        assertThat(embed(secret(chatOnly)).status()).isEqualTo(200);
    }

    private static void assertNotAllowed(Api.Response response, String model) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        JsonNode error = response.json().get("error");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").asString()).isEqualTo("model_not_allowed");
        assertThat(error.get("param").asString()).isEqualTo("model");
        assertThat(error.get("message").asString()).contains("`" + model + "`");
    }

    /** A call whose maximum cost is {@link #MAX_COST_MICROS}; each {@code i} asks something else. */
    private Api.Response question(String key, int i) {
        return api.post(
                "/v1/chat/completions",
                key,
                Map.of(
                        "model",
                        "ok-openai",
                        "max_tokens",
                        1000,
                        "messages",
                        List.of(Map.of("role", "user", "content", "Question number %02d, please!".formatted(i)))));
    }

    private Api.Response chat(String key, String model) {
        return api.post(
                "/v1/chat/completions",
                key,
                Map.of("model", model, "messages", List.of(Map.of("role", "user", "content", "Hi"))));
    }

    private Api.Response embed(String key) {
        return api.post("/v1/embeddings", key, Map.of("model", "vectort-minilm", "input", "Hello"));
    }

    private JsonNode createKey(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/keys", user.token(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode listed(UUID keyId) {
        List<JsonNode> keys = new ArrayList<>();
        api.get("/api/v1/keys", user.token()).json().forEach(keys::add);
        return keys.stream()
                .filter(k -> k.get("id").asString().equals(keyId.toString()))
                .findFirst()
                .orElseThrow();
    }

    /** The key's rows in api_key_spend, by kind ("d" or "m"). */
    private Map<String, Long> spent(UUID keyId) {
        Map<String, Long> rows = new HashMap<>();
        jdbc.sql("select period, spent_micros from api_key_spend where key_id = :key")
                .param("key", keyId)
                .query((rs, n) -> rows.put(rs.getString("period").substring(0, 1), rs.getLong("spent_micros")))
                .list();
        return rows;
    }

    private static String secret(JsonNode key) {
        return key.get("key").asString();
    }

    private static UUID keyId(JsonNode key) {
        return UUID.fromString(key.get("id").asString());
    }

    private static BigDecimal credits(long micros) {
        return BigDecimal.valueOf(micros, 3);
    }
}
