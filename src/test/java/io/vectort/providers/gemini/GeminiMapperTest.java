package io.vectort.providers.gemini;

import static io.vectort.providers.Fixtures.events;
import static io.vectort.providers.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.Fixtures;
import io.vectort.providers.LlmProvider.EmbeddingResult;
import io.vectort.providers.ToolCall;
import io.vectort.providers.Usage;
import io.vectort.providers.http.SseEvent;
import io.vectort.providers.http.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class GeminiMapperTest {

    @Test
    void mapsTheConversationToContentsAndAnswersToNamedFunctionResponses() {
        assertThat(GeminiRequestMapper.body(Fixtures.weatherConversation()))
                .isEqualTo(json("gemini/request-tools.json"));
    }

    @Test
    void plainTextToolAnswersAreWrappedAsOutput() {
        ChatRequest request = ChatRequest.of(
                "m",
                List.of(
                        ChatMessage.user("Time?"),
                        new ChatMessage(
                                "assistant",
                                "",
                                List.of(new ToolCall("call_x_0", "get_time", "{}")),
                                Optional.empty(),
                                Optional.empty()),
                        new ChatMessage("tool", "noon", List.of(), Optional.of("call_x_0"), Optional.empty())));

        JsonNode response = GeminiRequestMapper.body(request)
                .path("contents")
                .path(2)
                .path("parts")
                .path(0);

        assertThat(response.path("functionResponse").path("name").asString()).isEqualTo("get_time");
        assertThat(response.path("functionResponse").path("response"))
                .isEqualTo(WireJson.MAPPER.readTree("{\"output\":\"noon\"}"));
    }

    @Test
    void refusesAToolAnswerToAnUnknownCall() {
        ChatRequest request = ChatRequest.of(
                "m", List.of(new ChatMessage("tool", "x", List.of(), Optional.of("nope"), Optional.empty())));

        assertThatThrownBy(() -> GeminiRequestMapper.body(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void mapsATextAnswerCountingThinkingAsOutput() {
        ChatResponse response = GeminiResponseMapper.response(json("gemini/generate-response.json"), "requested");

        assertThat(response.content()).isEqualTo("Hello! How can I help you today?");
        assertThat(response.model()).isEqualTo("gemini-2.5-flash");
        assertThat(response.id()).isEqualTo("lXyDaMj2Aq2d1dkP5vKU2Qk");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(8, 9 + 24, false));
    }

    @Test
    void givesFunctionCallsStableIdsAndTheToolCallsFinish() {
        ChatResponse first = GeminiResponseMapper.response(json("gemini/generate-response-function-call.json"), "m");
        ChatResponse again = GeminiResponseMapper.response(json("gemini/generate-response-function-call.json"), "m");

        assertThat(first.finishReason()).isEqualTo("tool_calls");
        assertThat(first.toolCalls())
                .extracting(ToolCall::id)
                .containsExactly("call_pnqDaLjBN7Cb1dkPuaXq-AQ_0", "call_pnqDaLjBN7Cb1dkPuaXq-AQ_1");
        assertThat(first.toolCalls()).isEqualTo(again.toolCalls());
        assertThat(WireJson.MAPPER.readTree(first.toolCalls().get(0).argumentsJson()))
                .isEqualTo(WireJson.MAPPER.readTree("{\"location\":\"Paris\",\"unit\":\"celsius\"}"));
    }

    @Test
    void carriesThoughtSignaturesInTheIdAndSendsThemBack() {
        ChatResponse response =
                GeminiResponseMapper.response(json("gemini/generate-response-thought-signature.json"), "m");
        ToolCall call = response.toolCalls().getFirst();
        ChatRequest next = ChatRequest.of(
                "m",
                List.of(
                        ChatMessage.user("Weather?"),
                        new ChatMessage("assistant", "", List.of(call), Optional.empty(), Optional.empty()),
                        new ChatMessage("tool", "{\"temp\":21}", List.of(), Optional.of(call.id()), Optional.empty())));

        JsonNode contents = GeminiRequestMapper.body(next).path("contents");

        assertThat(call.id()).isEqualTo("call_Yn-DaKeXBYmf1dkP6pCq-Q4_0~CiQB0e2Kb7Lx9VmR2p+3Qz/EXAMPLEsig==");
        JsonNode part = contents.path(1).path("parts").path(0);
        assertThat(part.path("thoughtSignature").asString()).isEqualTo("CiQB0e2Kb7Lx9VmR2p+3Qz/EXAMPLEsig==");
        assertThat(part.path("functionCall").path("name").asString()).isEqualTo("get_weather");
        assertThat(contents.path(2)
                        .path("parts")
                        .path(0)
                        .path("functionResponse")
                        .path("name")
                        .asString())
                .isEqualTo("get_weather");
    }

    @Test
    void readsAStreamWhoseUsageIsCumulative() {
        List<ChatChunk> chunks = new ArrayList<>();
        GeminiStream stream = feed("gemini/stream-text.sse", chunks);

        assertThat(chunks.stream().map(ChatChunk::contentDelta).reduce("", String::concat))
                .isEqualTo("Hello! How can I help you today?\n");
        assertThat(stream.finished()).isTrue();
        assertThat(stream.outcome().usage()).isEqualTo(new Usage(8, 9, false));
        assertThat(stream.outcome().id()).isEqualTo("zHyDaKHgF4fW1dkP0b7R-A0");
    }

    @Test
    void streamedFunctionCallsGetTheSameIdsAsWholeOnes() {
        List<ChatChunk> chunks = new ArrayList<>();
        GeminiStream stream = feed("gemini/stream-function-call.sse", chunks);

        ChatChunk.ToolCallDelta call = chunks.stream()
                .flatMap(c -> c.toolCallDeltas().stream())
                .findFirst()
                .orElseThrow();
        assertThat(call.index()).isZero();
        assertThat(call.id()).hasValue("call_4n2DaI2XJ8Sa1dkPzYyT4Ac_0");
        assertThat(call.name()).hasValue("get_weather");
        assertThat(WireJson.MAPPER.readTree(call.argumentsDelta()))
                .isEqualTo(WireJson.MAPPER.readTree("{\"location\":\"Paris\"}"));
        assertThat(stream.outcome().finishReason()).isEqualTo("tool_calls");
    }

    @Test
    void recognisesABlockedPrompt() {
        assertThat(GeminiResponseMapper.blockReason(json("gemini/blocked-prompt.json")))
                .hasValue("PROHIBITED_CONTENT");
        assertThat(GeminiResponseMapper.blockReason(json("gemini/generate-response.json")))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "STOP, stop",
        "MAX_TOKENS, length",
        "SAFETY, content_filter",
        "RECITATION, content_filter",
        "BLOCKLIST, content_filter",
        "PROHIBITED_CONTENT, content_filter",
        "SPII, content_filter",
        "OTHER, stop"
    })
    void mapsFinishReasons(String reason, String expected) {
        assertThat(GeminiResponseMapper.finishReason(reason, false)).isEqualTo(expected);
    }

    @Test
    void mapsBatchEmbeddings() {
        EmbeddingResult result =
                GeminiResponseMapper.embeddings(json("gemini/embeddings-response.json"), "text-embedding-004");

        assertThat(result.vectors()).hasSize(2);
        assertThat(result.vectors().get(1)).containsExactly(-0.021060156f, 0.012993409f, 0.0045380243f);
        assertThat(result.usage()).isEqualTo(Usage.NONE);
        assertThat(GeminiRequestMapper.embeddingsBody("text-embedding-004", List.of("a")))
                .isEqualTo(
                        WireJson.MAPPER.readTree(
                                "{\"requests\":[{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"a\"}]}}]}"));
    }

    private static GeminiStream feed(String fixture, List<ChatChunk> chunks) {
        GeminiStream stream = new GeminiStream("requested");
        for (SseEvent event : events(fixture)) {
            stream.onEvent(WireJson.MAPPER.readTree(event.data())).ifPresent(chunks::add);
        }
        return stream;
    }
}
