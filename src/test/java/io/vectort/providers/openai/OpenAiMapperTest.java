package io.vectort.providers.openai;

import static io.vectort.providers.Fixtures.events;
import static io.vectort.providers.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.Fixtures;
import io.vectort.providers.LlmProvider.EmbeddingResult;
import io.vectort.providers.ToolCall;
import io.vectort.providers.Usage;
import io.vectort.providers.http.SseEvent;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class OpenAiMapperTest {

    @Test
    void mapsATextAnswer() {
        ChatResponse response = OpenAiResponseMapper.response(json("openai/chat-response.json"));

        assertThat(response.id()).isEqualTo("chatcmpl-AZ3x7QmK2n8vR1tYpLw0cDfEg5Hj");
        assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(response.content()).isEqualTo("Hello! How can I help you today?");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(19, 9, false));
    }

    @Test
    void mapsParallelToolCalls() {
        ChatResponse response = OpenAiResponseMapper.response(json("openai/chat-response-tool-calls.json"));

        assertThat(response.content()).isEmpty();
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.toolCalls())
                .containsExactly(
                        new ToolCall(
                                "call_Xy12AbCdEfGhIjKlMnOpQr",
                                "get_weather",
                                "{\"location\":\"Paris, France\",\"unit\":\"celsius\"}"),
                        new ToolCall("call_Zz98YxWvUtSrQpOnMlKjIh", "get_time", "{\"timezone\":\"Europe/Paris\"}"));
    }

    @Test
    void mapsStreamedTextFinishAndTheFinalUsageChunk() {
        List<ChatChunk> chunks = chunks("openai/stream-text.sse");

        assertThat(chunks.stream().map(ChatChunk::contentDelta).reduce("", String::concat))
                .isEqualTo("Hello! How can I help?");
        assertThat(chunks.stream().flatMap(c -> c.finishReason().stream())).containsExactly("stop");
        assertThat(chunks.getLast().usage()).hasValue(new Usage(19, 8, false));
        assertThat(chunks.getLast().hasOutput()).isFalse();
    }

    @Test
    void mapsStreamedToolCallFragmentsByIndex() {
        List<ChatChunk.ToolCallDelta> deltas = chunks("openai/stream-tool-calls.sse").stream()
                .flatMap(c -> c.toolCallDeltas().stream())
                .toList();

        assertThat(deltas.get(0))
                .isEqualTo(new ChatChunk.ToolCallDelta(
                        0, Optional.of("call_Xy12AbCdEfGhIjKlMnOpQr"), Optional.of("get_weather"), ""));
        assertThat(deltas.stream()
                        .filter(d -> d.index() == 0)
                        .map(ChatChunk.ToolCallDelta::argumentsDelta)
                        .reduce("", String::concat))
                .isEqualTo("{\"location\": \"Paris\"}");
        assertThat(deltas.stream().filter(d -> d.index() == 1).flatMap(d -> d.name().stream()))
                .containsExactly("get_time");
        assertThat(deltas.stream().skip(1).filter(d -> d.index() == 0))
                .allSatisfy(d -> assertThat(d.id()).isEmpty());
    }

    @Test
    void passesTheCallersBodyThroughWithOnlyModelAndStreamingChanged() {
        ObjectNode original = (ObjectNode) json("openai/request-passthrough.json");
        ChatRequest request = new ChatRequest(
                "my-alias",
                List.of(ChatMessage.user("ignored: the body wins")),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.of(original));

        ObjectNode streamed = OpenAiRequestMapper.chatBody("gpt-4o-mini", request, true);
        ObjectNode whole = OpenAiRequestMapper.chatBody("gpt-4o-mini", request, false);

        ObjectNode expected = original.deepCopy();
        expected.put("model", "gpt-4o-mini").put("stream", true);
        ((ObjectNode) expected.get("stream_options")).put("include_usage", true);
        assertThat(streamed).isEqualTo(expected);
        assertThat(streamed.path("seed").asInt()).isEqualTo(42);
        assertThat(streamed.path("user").asString()).isEqualTo("user-1234");
        assertThat(streamed.path("logit_bias").path("50256").asInt()).isEqualTo(-100);
        assertThat(whole.has("stream")).isFalse();
        assertThat(whole.has("stream_options")).isFalse();
        assertThat(whole.path("messages")).isEqualTo(original.path("messages"));
        assertThat(original.path("model").asString())
                .as("the caller's body is not modified")
                .isEqualTo("my-alias");
    }

    @Test
    void buildsTheBodyFromNeutralFields() {
        ObjectNode body = OpenAiRequestMapper.chatBody("gpt-4o-mini", Fixtures.weatherConversation(), true);

        assertThat(body).isEqualTo(json("openai/request-neutral.json"));
    }

    @Test
    void mapsEmbeddingsInInputOrder() {
        EmbeddingResult result = OpenAiResponseMapper.embeddings(json("openai/embeddings-response.json"));

        assertThat(result.vectors()).hasSize(2);
        assertThat(result.vectors().get(0)).containsExactly(-0.0069292834f, 0.0052123214f, -0.019283121f);
        assertThat(result.vectors().get(1)[0]).isEqualTo(0.0023064255f);
        assertThat(result.model()).isEqualTo("text-embedding-3-small");
        assertThat(result.usage()).isEqualTo(new Usage(8, 0, false));
    }

    private static List<ChatChunk> chunks(String fixture) {
        return events(fixture).stream()
                .map(SseEvent::data)
                .filter(data -> !data.equals("[DONE]"))
                .map(data -> OpenAiResponseMapper.chunk(io.vectort.providers.http.WireJson.MAPPER.readTree(data)))
                .toList();
    }
}
