package io.vectort.gateway;

import static io.vectort.support.FakeUpstreams.ANTHROPIC;
import static io.vectort.support.FakeUpstreams.GEMINI;
import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI-compatible API against fake vendors speaking their real protocols. */
class GatewayIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private Api.Session user;
    private String key;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        user = api.newUser();
        key = api.post("/api/v1/keys", user.token(), Map.of("name", "gateway"))
                .json()
                .get("key")
                .asString();
    }

    @Test
    void answersNonStreamedCompletionsPassingUnknownFieldsThroughAndAccountsTheCall() {
        OPENAI.enqueue(FakeReply.text("Hello from the fake").withUsage(12, 5));
        Api.Response response = api.post(
                "/v1/chat/completions",
                key,
                Map.of(
                        "model",
                        "ok-openai",
                        "messages",
                        List.of(Map.of("role", "user", "content", "hi")),
                        "temperature",
                        0.2,
                        "seed",
                        42,
                        "user",
                        "end-user-1"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("object").asString()).isEqualTo("chat.completion");
        assertThat(body.get("model").asString()).isEqualTo("ok-openai");
        assertThat(body.get("choices").get(0).get("message").get("content").asString())
                .isEqualTo("Hello from the fake");
        assertThat(body.get("usage").get("prompt_tokens").asInt()).isEqualTo(12);
        assertThat(body.get("usage").get("completion_tokens").asInt()).isEqualTo(5);
        assertThat(response.header("x-vectort-deployment")).hasValue("ok-openai");
        // gpt-4.1-mini: 0.40 USD per million input tokens, 1.60 per million output tokens.
        BigDecimal expectedCost = new BigDecimal("0.0000128");
        assertThat(new BigDecimal(response.header("x-vectort-cost-usd").orElseThrow()))
                .isEqualByComparingTo(expectedCost);

        JsonNode upstream = OPENAI.lastRequest().json();
        assertThat(upstream.get("model").asString()).isEqualTo("gpt-4.1-mini");
        assertThat(upstream.get("seed").asInt()).isEqualTo(42);
        assertThat(upstream.get("user").asString()).isEqualTo("end-user-1");
        assertThat(OPENAI.lastRequest().header("authorization")).hasValue("Bearer sk-test-ok");

        // This organisation's call: other tests use ok-openai too, and the log is written in the background.
        Map<String, Object> call = eventually(() -> jdbc
                .sql("select * from llm_calls where org_id = :org and deployment = 'ok-openai'")
                .param("org", user.userId())
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(null));
        assertThat(call.get("status")).isEqualTo("ok");
        assertThat(call.get("input_tokens")).isEqualTo(12L);
        assertThat(call.get("output_tokens")).isEqualTo(5L);
        assertThat(call.get("usage_estimated")).isEqualTo(false);
        assertThat((BigDecimal) call.get("cost_usd")).isEqualByComparingTo(expectedCost);
        assertThat(call.get("api_key_id")).isNotNull();
    }

    @Test
    void streamsChunksThenUsageThenDone() {
        OPENAI.enqueue(FakeReply.text("one two three").inChunks(3).withUsage(7, 3));
        Api.Response response = api.post(
                "/v1/chat/completions",
                key,
                Map.of(
                        "model",
                        "ok-openai",
                        "stream",
                        true,
                        "stream_options",
                        Map.of("include_usage", true),
                        "messages",
                        List.of(Map.of("role", "user", "content", "count"))));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/event-stream"));
        List<String> data = dataLines(response.body());
        assertThat(data.getLast()).isEqualTo("[DONE]");
        List<JsonNode> chunks =
                data.subList(0, data.size() - 1).stream().map(JSON::readTree).toList();
        assertThat(chunks.getFirst()
                        .get("choices")
                        .get(0)
                        .get("delta")
                        .get("role")
                        .asString())
                .isEqualTo("assistant");
        StringBuilder text = new StringBuilder();
        chunks.forEach(c -> {
            if (!c.get("choices").isEmpty()) {
                text.append(c.get("choices").get(0).get("delta").path("content").asString(""));
            }
        });
        assertThat(text).hasToString("one two three");
        JsonNode usage = chunks.getLast();
        assertThat(usage.get("choices")).isEmpty();
        assertThat(usage.get("usage").get("prompt_tokens").asInt()).isEqualTo(7);
        assertThat(chunks.get(chunks.size() - 2)
                        .get("choices")
                        .get(0)
                        .get("finish_reason")
                        .asString())
                .isEqualTo("stop");
        assertThat(chunks.stream().map(c -> c.get("id").asString()).distinct()).hasSize(1);
        assertThat(OPENAI.lastRequest()
                        .json()
                        .get("stream_options")
                        .get("include_usage")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void fallsBackToTheNextDeploymentOnRetryableErrors() {
        OPENAI.enqueue(FakeReply.error(503), FakeReply.error(503));
        ANTHROPIC.enqueue(FakeReply.text("from claude").withUsage(9, 2));
        Api.Response response = chat("fallback-chain", false);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()
                        .get("choices")
                        .get(0)
                        .get("message")
                        .get("content")
                        .asString())
                .isEqualTo("from claude");
        assertThat(response.header("x-vectort-deployment")).hasValue("fake-anthropic");
        assertThat(response.header("x-vectort-fallbacks")).hasValue("1");
        assertThat(OPENAI.requests()).hasSize(2);
        assertThat(ANTHROPIC.lastRequest().header("x-api-key")).hasValue("sk-ant-test");
    }

    @Test
    void honoursRetryAfterAndRetriesTheSameDeployment() {
        OPENAI.enqueue(FakeReply.error(429).retryAfter(1), FakeReply.text("after waiting"));
        Instant start = Instant.now();
        Api.Response response = chat("retry-chain", false);

        assertThat(response.status()).isEqualTo(200);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(response.header("x-vectort-deployment")).hasValue("retry-openai");
        assertThat(response.header("x-vectort-fallbacks")).hasValue("0");
        assertThat(ANTHROPIC.requests()).isEmpty();
    }

    @Test
    void neitherRetriesNorFallsBackOnANonRetryableError() {
        OPENAI.enqueue(FakeReply.error(400));
        Api.Response response = chat("strict-chain", false);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(response.body()).doesNotContain("sk-test-strict");
        assertThat(OPENAI.requests()).hasSize(1);
        assertThat(ANTHROPIC.requests()).isEmpty();
    }

    @Test
    void neverFallsBackOnceAStreamHasSentOutput() {
        OPENAI.enqueue(FakeReply.text("alpha beta gamma delta")
                .inChunks(4)
                .chunkDelay(Duration.ofMillis(60))
                .disconnectAfter(2));
        Api.Response response = chat("cut-chain", true);

        assertThat(response.status()).isEqualTo(200);
        List<String> data = dataLines(response.body());
        assertThat(String.join("", data)).contains("alpha");
        assertThat(data.get(data.size() - 2)).contains("\"error\"");
        assertThat(data.getLast()).isEqualTo("[DONE]");
        assertThat(ANTHROPIC.requests()).isEmpty();
        assertThat(GEMINI.requests()).isEmpty();
    }

    @Test
    void fallsBackWhenTheFirstTokenIsTooSlow() {
        OPENAI.enqueue(
                FakeReply.text("late").slowFirstByte(Duration.ofSeconds(4)),
                FakeReply.text("late").slowFirstByte(Duration.ofSeconds(4)));
        ANTHROPIC.enqueue(FakeReply.text("on time"));
        Instant start = Instant.now();
        Api.Response response = chat("slow-chain", true);

        assertThat(String.join("", dataLines(response.body()))).contains("on time");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void opensTheCircuitOfAFailingDeploymentThenProbesItAgain() throws InterruptedException {
        OPENAI.alwaysReply(FakeReply.error(500));
        ANTHROPIC.alwaysReply(FakeReply.text("claude answers"));
        chat("breaker-chain", false);
        chat("breaker-chain", false);
        int failedCalls = OPENAI.requests().size();
        assertThat(failedCalls).isEqualTo(4);
        assertThat(api.metrics().body())
                .containsPattern("vectort_llm_circuit_state\\{[^}]*deployment=\"breaker-openai\"[^}]*} 1");

        Api.Response skipped = chat("breaker-chain", false);
        assertThat(skipped.header("x-vectort-deployment")).hasValue("fake-anthropic");
        assertThat(OPENAI.requests())
                .as("an open circuit sends nothing upstream")
                .hasSize(failedCalls);

        Thread.sleep(2200);
        OPENAI.reset();
        OPENAI.enqueue(FakeReply.text("recovered"));
        Api.Response probe = chat("breaker-chain", false);
        assertThat(probe.header("x-vectort-deployment")).hasValue("breaker-openai");
        assertThat(probe.json()
                        .get("choices")
                        .get(0)
                        .get("message")
                        .get("content")
                        .asString())
                .isEqualTo("recovered");
    }

    @Test
    void aClientThatLeavesMidStreamCancelsTheUpstreamCallAndIsChargedForWhatWasProduced() throws Exception {
        OPENAI.enqueue(FakeReply.text("word ".repeat(60)).inChunks(60).chunkDelay(Duration.ofMillis(50)));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "model",
                        "gone-chain",
                        "stream",
                        true,
                        "messages",
                        List.of(Map.of("role", "user", "content", "talk a lot"))))))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] some = new byte[600];
            int read = 0;
            while (read < some.length) {
                read += body.read(some, read, some.length - read);
            }
        }
        http.close();

        Map<String, Object> call = eventually(() -> jdbc
                .sql("select * from llm_calls where deployment = 'gone-openai' order by occurred_at desc limit 1")
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(null));
        assertThat(call.get("status")).isEqualTo("cancelled");
        assertThat(call.get("usage_estimated")).isEqualTo(true);
        assertThat((Long) call.get("output_tokens")).isPositive().isLessThan(60);
        assertThat(eventually(() -> OPENAI.clientDisconnects() > 0 ? true : null))
                .isTrue();
    }

    @Test
    void listsAliasesDeploymentsAndModels() {
        JsonNode models = api.get("/v1/models", key).json();
        assertThat(models.get("object").asString()).isEqualTo("list");
        assertThat(models.get("data").findValuesAsString("id"))
                .contains(
                        "auto", "fallback-chain", "ok-openai", "fake-anthropic", "claude-haiku-4-5", "vectort-minilm");
    }

    /** The same question each time, past the response cache: these tests are about the upstreams. */
    private Api.Response chat(String model, boolean stream) {
        return api.send(
                "POST",
                "/v1/chat/completions",
                key,
                Map.of(
                        "model", model,
                        "stream", stream,
                        "messages", List.of(Map.of("role", "user", "content", "hello"))),
                "x-vectort-cache",
                "bypass");
    }

    private static List<String> dataLines(String body) {
        List<String> data = new ArrayList<>();
        body.lines().filter(line -> line.startsWith("data: ")).forEach(line -> data.add(line.substring(6)));
        return data;
    }

    private static <T> T eventually(Supplier<T> probe) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("condition not met within 10 s");
    }
}
