package io.vectort.billing;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import io.vectort.support.SecondNode;
import io.vectort.support.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Plan limits: exact under concurrency, refused with the RateLimit headers, or queued when the plan says so. */
class PlanLimitsIT extends IntegrationTest {

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void hundredParallelGenerationsOnTheFreePlanLetExactlyTenThrough() throws Exception {
        List<String> projects = projects(user, 100);

        List<Api.Response> answers = Parallel.run(submissions(api, user, projects));

        assertThat(answers.stream().filter(a -> a.status() == 202)).hasSize(10);
        List<Api.Response> refused =
                answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(refused).hasSize(90);
        Api.Response one = refused.getFirst();
        assertThat(one.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(one.header("RateLimit-Limit")).hasValue("10");
        assertThat(one.header("RateLimit-Remaining")).hasValue("0");
        assertThat(Long.parseLong(one.header("RateLimit-Reset").orElseThrow())).isBetween(1L, 60L);
        assertThat(Long.parseLong(one.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(one.json().get("status").asInt()).isEqualTo(429);
    }

    @Test
    void aPlanThatQueuesExcessWorkSchedulesItInsteadOfRefusing() {
        jdbc.sql("""
                        insert into plans (id, name, generations_per_minute, api_requests_per_day, monthly_credits_micros,
                                           queue_excess, position)
                        values ('test-queue', 'Queue test', 2, 100, 0, true, 99) on conflict do nothing""").update();
        api.get("/api/v1/billing/balance", user.token());
        jdbc.sql("update billing_accounts set plan_id = 'test-queue' where org_id = :user")
                .param("user", user.userId())
                .update();
        List<String> projects = projects(user, 3);
        List<String> ids = new ArrayList<>();
        for (String project : projects) {
            Api.Response answer = api.post(
                    "/api/v1/projects/" + project + "/generate",
                    user.token(),
                    Generations.request("A todo list", "html", "todo"));
            assertThat(answer.status()).as(answer.body()).isEqualTo(202);
            ids.add(answer.json().get("id").asString());
        }

        JsonNode queued = api.events(
                        "/api/v1/generations/" + ids.get(2) + "/events",
                        user.token(),
                        Optional.empty(),
                        1,
                        Duration.ofSeconds(10))
                .events()
                .getFirst()
                .json();
        assertThat(queued.get("status").asString()).isEqualTo("queued");
        assertThat(Instant.parse(queued.get("queuedUntil").asString()))
                .isBetween(Instant.now().plusSeconds(10), Instant.now().plusSeconds(31));
        assertThat(generations.awaitFinished(user, ids.get(0)).get("status").asString())
                .isEqualTo("succeeded");
        assertThat(api.get("/api/v1/generations/" + ids.get(2), user.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("queued");
    }

    @Test
    void signUpsAreLimitedPerClientAddress() {
        Api sameAddress = new Api(port);
        for (int i = 0; i < 50; i++) {
            sameAddress.newUser();
        }
        Api.Response refused = sameAddress.post(
                "/api/v1/auth/register",
                null,
                Map.of(
                        "email",
                        "one-too-many-" + System.nanoTime() + "@example.com",
                        "password",
                        "a long enough passphrase"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(refused.header("RateLimit-Limit")).hasValue("50");
    }

    @Test
    void theApiAllowsThePlansDailyRequestsPerOrganisation() {
        OPENAI.alwaysReply(FakeReply.text("Hi").withUsage(5, 1));
        String key = apiKey(user);
        Map<String, Object> call = Map.of(
                "model", "ok-openai", "max_tokens", 5, "messages", List.of(Map.of("role", "user", "content", "Hello")));
        for (int i = 0; i < 100; i++) {
            assertThat(api.post("/v1/chat/completions", key, call).status()).isEqualTo(200);
        }
        Api.Response refused = api.post("/v1/chat/completions", key, call);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(refused.header("RateLimit-Limit")).hasValue("100");
        assertThat(refused.header("Retry-After")).isPresent();
        // Answers from the response cache are free, but they are requests all the same.
        assertThat(OPENAI.requests()).hasSize(1);
    }

    @Test
    void theDailyQuotaIsTheOrganisationsExactlyWhateverKeyAsks() throws Exception {
        jdbc.sql("""
                        insert into plans (id, name, generations_per_minute, api_requests_per_day, monthly_credits_micros,
                                           queue_excess, position)
                        values ('test-twelve-calls', 'Twelve API calls', 10, 12, 0, false, 97) on conflict do nothing""").update();
        api.get("/api/v1/billing/balance", user.token());
        jdbc.sql("update billing_accounts set plan_id = 'test-twelve-calls' where org_id = :user")
                .param("user", user.userId())
                .update();
        OPENAI.alwaysReply(FakeReply.text("Hi").withUsage(5, 1));
        List<String> keys = List.of(apiKey(user), apiKey(user));
        // One call on each key: both count against the organisation's twelve, leaving ten.
        assertThat(api.post("/v1/chat/completions", keys.get(0), hello(-1)).status())
                .isEqualTo(200);
        assertThat(api.post("/v1/chat/completions", keys.get(1), hello(-2)).status())
                .isEqualTo(200);

        List<Api.Response> answers = Parallel.run(IntStream.range(0, 100)
                .mapToObj(
                        i -> (Callable<Api.Response>) () -> api.post("/v1/chat/completions", keys.get(i % 2), hello(i)))
                .toList());

        assertThat(answers.stream().map(Api.Response::status).toList())
                .containsOnly(200, 429)
                .filteredOn(status -> status == 200)
                .hasSize(10);
        for (Api.Response refused :
                answers.stream().filter(a -> a.status() == 429).toList()) {
            assertThat(refused.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(refused.json().get("error").get("type").asString()).isEqualTo("rate_limit_error");
            assertThat(refused.json().get("error").get("code").asString()).isEqualTo("rate_limit_exceeded");
            assertThat(refused.header("RateLimit-Limit")).hasValue("12");
            // Twelve a day refill one every two hours.
            assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow()))
                    .isBetween(7_000L, 7_200L);
        }
        // A third key does not bring a fresh quota either.
        assertThat(api.post("/v1/chat/completions", apiKey(user), hello(100)).status())
                .isEqualTo(429);
        assertThat(OPENAI.requests()).hasSize(12);
    }

    private static Map<String, Object> hello(int i) {
        return Map.of(
                "model",
                "ok-openai",
                "max_tokens",
                5,
                "messages",
                List.of(Map.of("role", "user", "content", "Hello " + i)));
    }

    @Test
    void anApiCallTheBalanceCannotCoverIsRefusedBeforeReachingTheProvider() {
        String key = apiKey(user);
        Api.Response refused = api.post(
                "/v1/chat/completions",
                key,
                Map.of(
                        "model",
                        "ok-openai",
                        "max_tokens",
                        1_000_000,
                        "messages",
                        List.of(Map.of("role", "user", "content", "Write a book"))));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("insufficient_quota");
        assertThat(OPENAI.requests()).isEmpty();
    }

    @Test
    void twoNodesSharingRedisEnforceOneLimitTogether() throws Exception {
        assumeTrue(TestRedis.url().isPresent(), "needs the Redis on 127.0.0.1:6379");
        try (ConfigurableApplicationContext second =
                SecondNode.start(Map.of("vectort.redis.url", TestRedis.url().orElseThrow()))) {
            int secondPort = SecondNode.port(second);
            Api other = new Api(secondPort);
            List<String> projects = projects(user, 60);
            List<Callable<Api.Response>> calls = new ArrayList<>();
            List<Callable<Api.Response>> first = submissions(api, user, projects.subList(0, 30));
            List<Callable<Api.Response>> next = submissions(other, user, projects.subList(30, 60));
            for (int i = 0; i < 30; i++) {
                calls.add(first.get(i));
                calls.add(next.get(i));
            }

            List<Api.Response> answers = Parallel.run(calls);

            assertThat(answers.stream().map(Api.Response::status).toList())
                    .as(answers.stream()
                            .filter(a -> a.status() != 202 && a.status() != 429)
                            .limit(3)
                            .toList()
                            .toString())
                    .containsOnly(202, 429)
                    .filteredOn(status -> status == 202)
                    .hasSize(10);
        }
    }

    private List<String> projects(Api.Session owner, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> generations.createProject(owner, "Limited " + i))
                .toList();
    }

    private static List<Callable<Api.Response>> submissions(Api client, Api.Session owner, List<String> projects) {
        return projects.stream()
                .map(project -> (Callable<Api.Response>) () -> client.post(
                        "/api/v1/projects/" + project + "/generate",
                        owner.token(),
                        Generations.request("A todo list", "html", "todo")))
                .toList();
    }

    private String apiKey(Api.Session owner) {
        return api.post("/api/v1/keys", owner.token(), Map.of("name", "limits"))
                .json()
                .get("key")
                .asString();
    }
}
