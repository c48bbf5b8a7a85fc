package io.vectort.gateway;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The response cache on /v1/chat/completions: exact requests of one organisation, streamed or not. */
class GatewayCacheIT extends IntegrationTest {

    private Api.Session user;
    private String key;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        user = api.newUser();
        key = apiKey(user);
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheAtNoCost() {
        OPENAI.enqueue(FakeReply.text("Paris is the capital.").withUsage(20, 6));
        Api.Response first = api.post("/v1/chat/completions", key, chat("Capital of France?", false));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("x-vectort-cache")).isEmpty();

        Api.Response second = api.post(
                "/v1/chat/completions",
                key,
                "{\"messages\":[{\"content\":\"Capital of France?\",\"role\":\"user\"}],\"temperature\":0.0,"
                        + "\"model\":\"ok-openai\"}");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.header("x-vectort-cache")).hasValue("hit");
        assertThat(second.header("x-vectort-cost-usd")).hasValue("0");
        JsonNode answer = second.json();
        assertThat(answer.get("choices").get(0).get("message").get("content").asString())
                .isEqualTo("Paris is the capital.");
        assertThat(answer.get("usage").get("completion_tokens").asInt()).isEqualTo(6);
        assertThat(answer.get("id").asString())
                .isNotEqualTo(first.json().get("id").asString());
        assertThat(OPENAI.requests()).hasSize(1);
        // Other nodes find it too: the archive is written in the background, off the request path.
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql("select count(*) from cache_entries where scope = :scope and cache_type = 'chat'")
                                .param("scope", user.userId())
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void aHitIsReplayedAsAStreamWhenAStreamIsAskedFor() {
        OPENAI.enqueue(FakeReply.text("One two three.").inChunks(3).withUsage(10, 3));
        assertThat(api.post("/v1/chat/completions", key, chat("Count to three", true))
                        .status())
                .isEqualTo(200);

        Api.Response replay = api.post("/v1/chat/completions", key, chat("Count to three", true));

        assertThat(replay.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        assertThat(replay.header("x-vectort-cache")).hasValue("hit");
        String body = replay.body();
        assertThat(body).contains("\"content\":\"One two three.\"").contains("\"finish_reason\":\"stop\"");
        assertThat(body.strip()).endsWith("data: [DONE]");
        assertThat(OPENAI.requests()).hasSize(1);
    }

    @Test
    void noCacheBypassesTheCacheAndOtherOrganisationsNeverShareIt() {
        OPENAI.enqueue(
                FakeReply.text("First.").withUsage(5, 1),
                FakeReply.text("Second.").withUsage(5, 1),
                FakeReply.text("Third.").withUsage(5, 1));
        api.post("/v1/chat/completions", key, chat("Say something", false));

        Api.Response bypassed = api.send(
                "POST", "/v1/chat/completions", key, chat("Say something", false), "Cache-Control", "no-cache");
        assertThat(bypassed.json()
                        .get("choices")
                        .get(0)
                        .get("message")
                        .get("content")
                        .asString())
                .isEqualTo("Second.");

        Api.Response stranger = api.post("/v1/chat/completions", apiKey(api.newUser()), chat("Say something", false));
        assertThat(stranger.json()
                        .get("choices")
                        .get(0)
                        .get("message")
                        .get("content")
                        .asString())
                .isEqualTo("Third.");

        Api.Response mine = api.post("/v1/chat/completions", key, chat("Say something", false));
        assertThat(mine.header("x-vectort-cache")).hasValue("hit");
        assertThat(mine.json()
                        .get("choices")
                        .get(0)
                        .get("message")
                        .get("content")
                        .asString())
                .isEqualTo("Second.");
        assertThat(OPENAI.requests()).hasSize(3);
    }

    @Test
    void hitsAndMissesAreCountedByLayerAndType() {
        OPENAI.enqueue(FakeReply.text("Counted.").withUsage(5, 1));
        double hitsBefore = metric("vectort_cache_hits_total");
        double missesBefore = metric("vectort_cache_misses_total");
        api.post("/v1/chat/completions", key, chat("Count me", false));
        api.post("/v1/chat/completions", key, chat("Count me", false));
        api.post("/v1/chat/completions", key, chat("Count me", false));

        assertThat(metric("vectort_cache_hits_total") - hitsBefore).isEqualTo(2);
        assertThat(metric("vectort_cache_misses_total") - missesBefore).isEqualTo(1);
    }

    /** The sum of a counter's series for chat responses. */
    private double metric(String name) {
        return api.metric(name, "cache_type=\"chat\"");
    }

    private static Map<String, Object> chat(String text, boolean stream) {
        return Map.of(
                "model",
                "ok-openai",
                "temperature",
                0,
                "stream",
                stream,
                "messages",
                List.of(Map.of("role", "user", "content", text)));
    }

    private String apiKey(Api.Session owner) {
        return api.post("/api/v1/keys", owner.token(), Map.of("name", "cache"))
                .json()
                .get("key")
                .asString();
    }
}
