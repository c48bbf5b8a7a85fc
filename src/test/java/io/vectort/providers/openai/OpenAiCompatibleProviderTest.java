package io.vectort.providers.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.LlmProviderContractTest;
import io.vectort.providers.StreamOutcome;
import io.vectort.providers.Usage;
import io.vectort.providers.fakes.FakeOpenAiServer;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.FakeUpstreamServer;
import io.vectort.providers.fakes.RecordedRequest;
import io.vectort.providers.http.WireJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OpenAiCompatibleProviderTest extends LlmProviderContractTest {

    @Override
    protected LlmProvider newProvider() {
        return new OpenAiCompatibleProvider();
    }

    @Override
    protected FakeUpstreamServer newServer() {
        return new FakeOpenAiServer();
    }

    @Override
    protected void assertAuthenticated(RecordedRequest request, String key) {
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("authorization")).hasValue("Bearer " + key);
    }

    @Test
    void azureStyleDeploymentsUseApiKeyAndApiVersion() {
        server.enqueue(FakeReply.text("ok"));
        Deployment azure = new Deployment(
                "azure-east",
                "openai",
                "gpt-4o",
                server.origin().resolve("/openai/deployments/gpt-4o"),
                Optional.empty(),
                Map.of("api-key", KEY, "api-version", "2024-10-21"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10));

        provider.chat(azure, hello());

        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/openai/deployments/gpt-4o/chat/completions");
        assertThat(request.query()).isEqualTo("api-version=2024-10-21");
        assertThat(request.header("api-key")).hasValue(KEY);
        assertThat(request.header("authorization")).isEmpty();
        assertThat(request.header("api-version")).isEmpty();
    }

    @Test
    void sendsTheCallersOwnBodyWithItsUnknownFields() {
        server.enqueue(FakeReply.text("ok").withUsage(3, 1));
        ObjectNode body = (ObjectNode)
                WireJson.MAPPER.readTree(
                        "{\"model\":\"alias\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"seed\":7,\"user\":\"u-1\",\"logit_bias\":{\"1\":5}}");
        ChatRequest request = new ChatRequest(
                "alias",
                List.of(ChatMessage.user("hi")),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.of(body));

        StreamOutcome outcome = provider.stream(deployment(), request, chunk -> {});

        JsonNode sent = server.lastRequest().json();
        assertThat(sent.path("model").asString()).isEqualTo(MODEL);
        assertThat(sent.path("seed").asInt()).isEqualTo(7);
        assertThat(sent.path("user").asString()).isEqualTo("u-1");
        assertThat(sent.path("logit_bias").path("1").asInt()).isEqualTo(5);
        assertThat(sent.path("stream_options").path("include_usage").asBoolean())
                .isTrue();
        assertThat(outcome.usage()).isEqualTo(new Usage(3, 1, false));
    }

    @Test
    void embedsThroughTheEmbeddingsEndpoint() {
        server.enqueue(FakeReply.embeddings(new float[] {0.1f, 0.2f}, new float[] {0.3f, 0.4f})
                .withUsage(6, 0));

        LlmProvider.EmbeddingResult result = provider.embed(deployment(), List.of("one", "two"));

        assertThat(result.vectors()).hasSize(2);
        assertThat(result.vectors().get(1)).containsExactly(0.3f, 0.4f);
        assertThat(result.usage()).isEqualTo(new Usage(6, 0, false));
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/v1/embeddings");
        assertThat(request.json().path("input").size()).isEqualTo(2);
        assertThat(request.header("authorization")).hasValue("Bearer " + KEY);
    }

    @Test
    void blockedPromptIsAContentFilterError() {
        server.enqueue(FakeReply.promptBlocked());

        assertThat(failure(() -> provider.chat(deployment(), hello())).kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
    }
}
