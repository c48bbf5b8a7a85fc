package io.vectort.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every rule of the {@code /v1} input checks answers 400 in OpenAI's shape naming the parameter,
 * never 5xx, and a refused request costs no quota, holds no credits and records no call.
 */
class GatewayInputValidationIT extends IntegrationTest {

    private static final String HI = "[{\"role\": \"user\", \"content\": \"hi\"}]";

    private Api.Session user;
    private String key;

    @BeforeEach
    void caller() {
        FakeUpstreams.reset();
        user = api.newUser();
        api.get("/api/v1/billing/balance", user.token());
        key = api.post("/api/v1/keys", user.token(), Map.of("name", "validation"))
                .json()
                .get("key")
                .asString();
    }

    @Test
    void refusesNumbersBeyondADoubleAnywhereInTheBody() {
        String huge = "1" + "0".repeat(400);
        assertRefused(chat("\"temperature\": 1e309"), "temperature");
        assertRefused(chat("\"top_p\": -1e309"), "top_p");
        assertRefused(chat("\"seed\": " + huge), "seed");
        assertRefused(chat("\"metadata\": {\"scores\": [1, -1e309]}"), "metadata.scores[1]");
        assertRefused(
                post(
                        "/v1/chat/completions",
                        "{\"model\": \"ok-openai\", \"messages\": [{\"role\": \"user\","
                                + " \"content\": \"hi\", \"extra\": 1e400}]}"),
                "messages[0].extra");
        assertRefused(embeddings("\"input\": \"hi\", \"dimensions\": 1e309"), "dimensions");
        assertRefused(embeddings("\"input\": [1, " + huge + "]"), "input[1]");
        assertRefused(embeddings("\"input\": \"hi\", \"unknown\": {\"deep\": [[1e999]]}"), "unknown.deep[0][0]");
    }

    @Test
    void refusesBrokenJsonAndWrongTypesOfKnownFields() {
        Api.Response broken = post("/v1/chat/completions", "{\"model\": \"ok-openai\", \"messages\": [");
        assertOpenAiError(broken, 400);
        assertThat(broken.json().get("error").get("param").isNull()).isTrue();
        assertOpenAiError(post("/v1/embeddings", "[\"not\", \"an object\"]"), 400);
        assertOpenAiError(post("/v1/embeddings", ""), 400);

        assertRefused(post("/v1/chat/completions", "{\"messages\": " + HI + "}"), "model");
        assertRefused(post("/v1/chat/completions", "{\"model\": 5, \"messages\": " + HI + "}"), "model");
        assertRefused(post("/v1/chat/completions", "{\"model\": \"ok-openai\", \"messages\": \"hi\"}"), "messages");
        assertRefused(post("/v1/chat/completions", "{\"model\": \"ok-openai\", \"messages\": []}"), "messages");
        assertRefused(messages("[{\"role\": \"robot\", \"content\": \"hi\"}]"), "messages[0].role");
        assertRefused(messages("[{\"role\": [\"user\"], \"content\": \"hi\"}]"), "messages[0].role");
        assertRefused(messages("[\"hi\"]"), "messages[0]");
        assertRefused(messages("[{\"role\": \"user\", \"content\": {\"text\": \"hi\"}}]"), "messages[0].content");
        assertRefused(messages("[{\"role\": \"user\", \"content\": [\"hi\"]}]"), "messages[0].content[0]");
        assertRefused(
                messages("[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": 3}]}]"),
                "messages[0].content[0].text");
        assertRefused(
                messages("[{\"role\": \"assistant\", \"content\": null, \"tool_calls\": {}}]"),
                "messages[0].tool_calls");
        assertRefused(messages("[{\"role\": \"user\", \"content\": \"hi\", \"name\": 7}]"), "messages[0].name");
        assertRefused(chat("\"stream\": \"yes\""), "stream");
        assertRefused(chat("\"tools\": {\"type\": \"function\"}"), "tools");
        assertRefused(embeddings("\"input\": {\"text\": \"hi\"}"), "input");
        assertRefused(embeddings("\"input\": \"hi\", \"encoding_format\": \"int8\""), "encoding_format");
    }

    @Test
    void holdsChatParametersToOpenAisRanges() {
        Api.Response severalChoices = chat("\"n\": 2");
        assertRefused(severalChoices, "n");
        assertThat(severalChoices.json().get("error").get("code").asString()).isEqualTo("unsupported_value");
        assertRefused(chat("\"n\": 129"), "n");
        assertRefused(chat("\"temperature\": 2.5"), "temperature");
        assertRefused(chat("\"top_p\": 1.5"), "top_p");
        assertRefused(chat("\"presence_penalty\": -3"), "presence_penalty");
        assertRefused(chat("\"frequency_penalty\": 2.1"), "frequency_penalty");
        assertRefused(chat("\"max_tokens\": 0"), "max_tokens");
        assertRefused(chat("\"max_completion_tokens\": 1.5"), "max_completion_tokens");
        // ok-openai serves gpt-4.1-mini, whose context window in the catalog is 1,047,576 tokens
        Api.Response beyondModel = chat("\"max_tokens\": 2000000");
        assertRefused(beyondModel, "max_tokens");
        assertThat(beyondModel.json().get("error").get("message").asString()).contains("1047576");
        assertRefused(chat("\"stop\": [\"1\", \"2\", \"3\", \"4\", \"5\"]"), "stop");
        assertRefused(chat("\"stop\": [\"1\", 2]"), "stop[1]");
    }

    @Test
    void refusesEmptyAndOversizedEmbeddingInput() {
        assertRefused(embeddings("\"input\": \"\""), "input");
        assertRefused(embeddings("\"input\": \"   \""), "input");
        assertRefused(embeddings("\"input\": \"\\u200b\""), "input");
        assertRefused(embeddings("\"input\": [\"fine\", \"\\u200b\\u200d \\ufeff\"]"), "input[1]");
        assertRefused(embeddings("\"input\": []"), "input");
        assertRefused(embeddings("\"input\": [[]]"), "input[0]");
        String tooMany = String.join(",", Collections.nCopies(2049, "\"a\""));
        Api.Response many = embeddings("\"input\": [" + tooMany + "]");
        assertRefused(many, "input");
        assertThat(many.json().get("error").get("message").asString()).contains("2048");
        String tooLong = String.join(",", Collections.nCopies(8193, "15339"));
        Api.Response longInput = embeddings("\"input\": [\"fine\", [" + tooLong + "]]");
        assertRefused(longInput, "input[1]");
        assertThat(longInput.json().get("error").get("message").asString()).contains("8192");
        Api.Response tooManyDimensions = embeddings("\"input\": \"hi\", \"dimensions\": 385");
        assertRefused(tooManyDimensions, "dimensions");
        assertThat(tooManyDimensions.json().get("error").get("message").asString())
                .contains("384");
        assertRefused(embeddings("\"input\": \"hi\", \"dimensions\": 0"), "dimensions");
    }

    @Test
    void embedsTokenArraysAndShortensVectorsOnRequest() {
        // cl100k_base: [15339, 1917] is "hello world"
        Api.Response tokens = embeddings("\"input\": [[15339, 1917], [15339]], \"dimensions\": 64");
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        JsonNode data = tokens.json().get("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).get("embedding")).hasSize(64);
        double norm = 0;
        for (JsonNode value : data.get(0).get("embedding")) {
            norm += value.asDouble() * value.asDouble();
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));

        Api.Response text = embeddings("\"input\": \"hello world\", \"dimensions\": 64");
        assertThat(text.json().get("data").get(0).get("embedding").get(0).asDouble())
                .isCloseTo(data.get(0).get("embedding").get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void aRefusedRequestCostsNoQuotaNoCreditsAndRecordsNothing() throws InterruptedException {
        jdbc.sql("""
                        insert into plans (id, name, generations_per_minute, api_requests_per_day, monthly_credits_micros,
                                           queue_excess, position)
                        values ('test-two-calls', 'Two API calls', 10, 2, 0, false, 98) on conflict do nothing""").update();
        jdbc.sql("update billing_accounts set plan_id = 'test-two-calls' where org_id = :user")
                .param("user", user.userId())
                .update();
        long ledgerBefore = ledgerRows(user.userId());

        for (int i = 0; i < 3; i++) {
            assertRefused(chat("\"temperature\": 1e309"), "temperature");
            assertRefused(chat("\"n\": 3"), "n");
            assertRefused(embeddings("\"input\": \"\\u200b\""), "input");
        }

        assertThat(ledgerRows(user.userId())).isEqualTo(ledgerBefore);
        assertThat(callRows(user.userId())).isZero();
        // Both calls of the day are still there; bundled embeddings count like any /v1 call.
        assertThat(embeddings("\"input\": \"one\"").status()).isEqualTo(200);
        assertThat(embeddings("\"input\": [\"two\", \"three\"]").status()).isEqualTo(200);
        Api.Response third = embeddings("\"input\": \"four\"");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("error").get("code").asString()).isEqualTo("rate_limit_exceeded");
        awaitCallRows(user.userId(), 2);
        Map<String, Object> call =
                jdbc.sql("""
                        select requested_model, status, input_tokens from llm_calls
                        where org_id = :user order by occurred_at desc limit 1""").param("user", user.userId()).query().singleRow();
        assertThat(call.get("requested_model")).isEqualTo("vectort-minilm");
        assertThat(call.get("status")).isEqualTo("ok");
        assertThat(((Number) call.get("input_tokens")).longValue()).isPositive();
    }

    private Api.Response chat(String fields) {
        return post("/v1/chat/completions", "{\"model\": \"ok-openai\", \"messages\": " + HI + ", " + fields + "}");
    }

    private Api.Response messages(String messages) {
        return post("/v1/chat/completions", "{\"model\": \"ok-openai\", \"messages\": " + messages + "}");
    }

    private Api.Response embeddings(String fields) {
        return post("/v1/embeddings", "{\"model\": \"vectort-minilm\", " + fields + "}");
    }

    private Api.Response post(String path, String json) {
        return api.post(path, key, json);
    }

    private static void assertRefused(Api.Response response, String param) {
        assertOpenAiError(response, 400);
        assertThat(response.json().get("error").get("param").asString())
                .as(response.body())
                .isEqualTo(param);
    }

    private static void assertOpenAiError(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = response.json().get("error");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.has("param")).isTrue();
        assertThat(error.has("code")).isTrue();
    }

    private long ledgerRows(UUID userId) {
        return jdbc.sql("select count(*) from credit_ledger where org_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    private long callRows(UUID userId) {
        return jdbc.sql("select count(*) from llm_calls where org_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    /** The call log is written in the background, in batches. */
    private void awaitCallRows(UUID userId, long rows) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (callRows(userId) < rows && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(callRows(userId)).isEqualTo(rows);
    }
}
