package io.vectort.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API keys and the parts of the OpenAI-compatible API that need no LLM vendor. */
class ApiKeysAndGatewayBasicsIT extends IntegrationTest {

    @Test
    void createsListsAndRevokesKeysShowingTheSecretOnlyOnce() {
        Api.Session user = api.newUser();
        Api.Response created = api.post("/api/v1/keys", user.token(), Map.of("name", "ci"));
        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asString();
        String prefix = created.json().get("prefix").asString();
        assertThat(key).startsWith(prefix + "_").startsWith("vt_");
        assertThat(count("api_keys")).isPositive();
        String stored = jdbc.sql("select encode(key_hash, 'hex') from api_keys where prefix = :p")
                .param("p", prefix)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(key.substring(prefix.length() + 1)).hasSize(64);

        JsonNode listed = api.get("/api/v1/keys", user.token()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("prefix").asString()).isEqualTo(prefix);
        assertThat(listed.get(0).has("key")).isFalse();

        assertThat(api.get("/v1/models", key).status()).isEqualTo(200);
        String id = created.json().get("id").asString();
        Api.Session intruder = api.newUser();
        assertThat(api.delete("/api/v1/keys/" + id, intruder.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/keys/" + id, user.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/keys", user.token()).json()).isEmpty();

        Api.Response revoked = api.get("/v1/models", key);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("error").get("code").asString()).isEqualTo("invalid_api_key");
        assertThat(revoked.body()).doesNotContain(key);
    }

    @Test
    void answersMissingAndWrongKeysInOpenAiErrorShape() {
        Api.Response missing = api.get("/v1/models", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(missing.json().get("error").get("code").asString()).isEqualTo("missing_api_key");

        Api.Session user = api.newUser();
        Api.Response jwtInstead = api.get("/v1/models", user.token());
        assertThat(jwtInstead.status()).isEqualTo(401);
        assertThat(jwtInstead.json().get("error").get("code").asString()).isEqualTo("invalid_api_key");
    }

    @Test
    void validatesChatRequestsInOpenAiShape() {
        String key = newKey();
        Api.Response noModel = api.post("/v1/chat/completions", key, Map.of("messages", List.of()));
        assertThat(noModel.status()).isEqualTo(400);
        assertThat(noModel.json().get("error").get("param").asString()).isEqualTo("model");

        Api.Response badJson = api.post("/v1/chat/completions", key, "{\"model\": ");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");

        Api.Response unknownModel = api.post(
                "/v1/chat/completions",
                key,
                Map.of("model", "no-such-model", "messages", List.of(Map.of("role", "user", "content", "hi"))));
        assertThat(unknownModel.status()).isEqualTo(404);
        assertThat(unknownModel.json().get("error").get("code").asString()).isEqualTo("model_not_found");

        Api.Response unknownUrl = api.get("/v1/completions/legacy", key);
        assertThat(unknownUrl.status()).isEqualTo(404);
        assertThat(unknownUrl.json().get("error").get("code").asString()).isEqualTo("unknown_url");
    }

    @Test
    void embedsOfflineWithTheBundledModel() {
        String key = newKey();
        Api.Response response = api.post(
                "/v1/embeddings",
                key,
                Map.of(
                        "model",
                        "vectort-minilm",
                        "input",
                        List.of("a todo app in React", "a todo app in React", "pasta recipes")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode data = response.json().get("data");
        assertThat(data).hasSize(3);
        assertThat(data.get(0).get("embedding")).hasSize(384);
        double same = cosine(data.get(0).get("embedding"), data.get(1).get("embedding"));
        double different = cosine(data.get(0).get("embedding"), data.get(2).get("embedding"));
        assertThat(same).isGreaterThan(0.999);
        assertThat(different).isLessThan(0.6);
        assertThat(response.json().get("usage").get("prompt_tokens").asInt()).isPositive();

        Api.Response listed = api.get("/v1/models", key);
        assertThat(listed.json().get("data").findValuesAsString("id")).contains("vectort-minilm");
    }

    private String newKey() {
        Api.Session user = api.newUser();
        return api.post("/api/v1/keys", user.token(), Map.of("name", "test"))
                .json()
                .get("key")
                .asString();
    }

    private static double cosine(JsonNode a, JsonNode b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.size(); i++) {
            dot += a.get(i).asDouble() * b.get(i).asDouble();
            na += a.get(i).asDouble() * a.get(i).asDouble();
            nb += b.get(i).asDouble() * b.get(i).asDouble();
        }
        return dot / Math.sqrt(na * nb);
    }
}
