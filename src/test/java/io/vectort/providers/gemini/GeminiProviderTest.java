package io.vectort.providers.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.LlmProviderContractTest;
import io.vectort.providers.fakes.FakeGeminiServer;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.FakeUpstreamServer;
import io.vectort.providers.fakes.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeminiProviderTest extends LlmProviderContractTest {

    @Override
    protected LlmProvider newProvider() {
        return new GeminiProvider();
    }

    @Override
    protected FakeUpstreamServer newServer() {
        return new FakeGeminiServer();
    }

    @Override
    protected void assertAuthenticated(RecordedRequest request, String key) {
        assertThat(request.path()).startsWith("/v1beta/models/" + MODEL + ":");
        assertThat(request.header("x-goog-api-key")).hasValue(key);
        assertThat(request.query()).doesNotContain(key);
    }

    @Test
    void blockedPromptIsAContentFilterErrorInBothModes() {
        server.enqueue(FakeReply.promptBlocked(), FakeReply.promptBlocked());
        List<ChatChunk> chunks = new ArrayList<>();

        assertThat(failure(() -> provider.chat(deployment(), hello())).kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
        assertThat(failure(() -> provider.stream(deployment(), hello(), chunks::add))
                        .kind())
                .isEqualTo(ErrorKind.CONTENT_FILTER);
        assertThat(chunks).isEmpty();
    }

    @Test
    void streamsWithAltSse() {
        server.enqueue(FakeReply.text("hi").withUsage(1, 1));

        provider.stream(deployment(), hello(), chunk -> {});

        assertThat(server.lastRequest().path()).endsWith(":streamGenerateContent");
        assertThat(server.lastRequest().query()).isEqualTo("alt=sse");
        assertThat(server.lastRequest()
                        .json()
                        .path("systemInstruction")
                        .path("parts")
                        .path(0)
                        .path("text")
                        .asString())
                .isEqualTo("Be brief.");
    }

    @Test
    void embedsInOneBatchCall() {
        server.enqueue(FakeReply.embeddings(new float[] {0.5f}, new float[] {0.25f}));

        LlmProvider.EmbeddingResult result = provider.embed(deployment(), List.of("a", "b"));

        assertThat(result.vectors()).hasSize(2);
        assertThat(result.vectors().get(1)).containsExactly(0.25f);
        RecordedRequest request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/v1beta/models/" + MODEL + ":batchEmbedContents");
        assertThat(request.json().path("requests").size()).isEqualTo(2);
        assertThat(request.header("x-goog-api-key")).hasValue(KEY);
    }

    @Test
    void aToolAnswerToAnUnknownCallIsABadRequest() {
        ChatRequest request = ChatRequest.of(
                "m", List.of(new ChatMessage("tool", "x", List.of(), Optional.of("nope"), Optional.empty())));

        assertThat(failure(() -> provider.chat(deployment(), request)).kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(server.requests()).isEmpty();
    }
}
