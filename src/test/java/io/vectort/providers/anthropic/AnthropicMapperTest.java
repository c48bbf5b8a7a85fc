package io.vectort.providers.anthropic;

import static io.vectort.providers.Fixtures.events;
import static io.vectort.providers.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.Fixtures;
import io.vectort.providers.StreamOutcome;
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
import tools.jackson.databind.node.ObjectNode;

class AnthropicMapperTest {

    @Test
    void hoistsSystemAndMapsToolsToBlocks() {
        ObjectNode body = AnthropicRequestMapper.body("claude-sonnet-4-20250514", Fixtures.weatherConversation(), true);

        assertThat(body).isEqualTo(json("anthropic/request-tools.json"));
    }

    @Test
    void answersToParallelCallsShareOneUserTurnWithTheNextQuestion() {
        ChatMessage calls = new ChatMessage(
                "assistant",
                "Checking both.",
                List.of(new ToolCall("a", "f", "{}"), new ToolCall("b", "g", "")),
                Optional.empty(),
                Optional.empty());
        ChatRequest request = ChatRequest.of(
                "m",
                List.of(
                        ChatMessage.user("Go"),
                        calls,
                        new ChatMessage("tool", "1", List.of(), Optional.of("a"), Optional.empty()),
                        new ChatMessage("tool", "2", List.of(), Optional.of("b"), Optional.empty()),
                        ChatMessage.user("And now?")));

        JsonNode messages = AnthropicRequestMapper.body("m", request, false).path("messages");

        assertThat(messages.size()).isEqualTo(3);
        assertThat(messages.path(1).path("content").path(2).path("input"))
                .as("unparseable arguments become an empty object")
                .isEqualTo(WireJson.MAPPER.createObjectNode());
        JsonNode lastTurn = messages.path(2);
        assertThat(lastTurn.path("role").asString()).isEqualTo("user");
        assertThat(lastTurn.path("content").values().stream()
                        .map(b -> b.path("type").asString()))
                .containsExactly("tool_result", "tool_result", "text");
        assertThat(AnthropicRequestMapper.body("m", request, false).has("max_tokens"))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"auto, {\"type\":\"auto\"}", "none, {\"type\":\"none\"}", "required, {\"type\":\"any\"}"})
    void mapsToolChoice(String choice, String expected) {
        ChatRequest request = new ChatRequest(
                "m",
                List.of(ChatMessage.user("hi")),
                java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(),
                java.util.OptionalInt.empty(),
                List.of(),
                List.of(),
                Optional.of(choice),
                Optional.empty());

        assertThat(AnthropicRequestMapper.body("m", request, false).path("tool_choice"))
                .isEqualTo(WireJson.MAPPER.readTree(expected));
    }

    @Test
    void mapsATextAnswer() {
        ChatResponse response = AnthropicResponseMapper.response(json("anthropic/message-response.json"));

        assertThat(response.id()).isEqualTo("msg_01XFDUDYJgAACzvnptvVoYEL");
        assertThat(response.content()).isEqualTo("Hello! How can I help you today?");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(12, 10, false));
    }

    @Test
    void mapsToolUseAndCountsCachedInput() {
        ChatResponse response = AnthropicResponseMapper.response(json("anthropic/message-response-tool-use.json"));

        assertThat(response.content()).isEqualTo("I'll check the weather in Paris.");
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo("toolu_01A09q90qw90lq917835lq9");
            assertThat(WireJson.MAPPER.readTree(call.argumentsJson()))
                    .isEqualTo(WireJson.MAPPER.readTree("{\"location\":\"Paris, France\",\"unit\":\"celsius\"}"));
        });
        assertThat(response.usage()).isEqualTo(new Usage(472 + 100 + 1000, 91, false));
    }

    @Test
    void readsAStreamedTextAnswer() {
        List<ChatChunk> chunks = new ArrayList<>();
        AnthropicStream stream = feed("anthropic/stream-text.sse", chunks);

        assertThat(chunks.stream().map(ChatChunk::contentDelta).reduce("", String::concat))
                .isEqualTo("Hello! How can I help?");
        StreamOutcome outcome = stream.outcome();
        assertThat(outcome.id()).isEqualTo("msg_01Stream4mpYcC2f");
        assertThat(outcome.finishReason()).isEqualTo("stop");
        assertThat(outcome.usage()).isEqualTo(new Usage(25, 15, false));
        assertThat(stream.stopped()).isTrue();
    }

    @Test
    void numbersToolCallsAmongToolCallsAndGivesArgumentlessCallsAnObject() {
        List<ChatChunk> chunks = new ArrayList<>();
        AnthropicStream stream = feed("anthropic/stream-tool-use.sse", chunks);

        List<ChatChunk.ToolCallDelta> deltas =
                chunks.stream().flatMap(c -> c.toolCallDeltas().stream()).toList();
        assertThat(deltas.getFirst())
                .isEqualTo(new ChatChunk.ToolCallDelta(
                        0, Optional.of("toolu_01T1x1fJ34qAmk2tNTrN7Up6"), Optional.of("get_weather"), ""));
        assertThat(arguments(deltas, 0)).isEqualTo("{\"location\": \"Paris\"}");
        assertThat(deltas.stream().filter(d -> d.index() == 1).flatMap(d -> d.name().stream()))
                .containsExactly("get_time");
        assertThat(arguments(deltas, 1)).isEqualTo("{}");
        assertThat(stream.outcome().finishReason()).isEqualTo("tool_calls");
        assertThat(stream.outcome().usage()).isEqualTo(new Usage(472, 89, false));
    }

    @ParameterizedTest
    @CsvSource({
        "end_turn, stop",
        "stop_sequence, stop",
        "max_tokens, length",
        "tool_use, tool_calls",
        "refusal, content_filter",
        "pause_turn, stop"
    })
    void mapsStopReasons(String stopReason, String finishReason) {
        assertThat(AnthropicResponseMapper.finishReason(stopReason)).isEqualTo(finishReason);
    }

    private static AnthropicStream feed(String fixture, List<ChatChunk> chunks) {
        AnthropicStream stream = new AnthropicStream("requested");
        for (SseEvent event : events(fixture)) {
            stream.onEvent(WireJson.MAPPER.readTree(event.data())).ifPresent(chunks::add);
        }
        return stream;
    }

    private static String arguments(List<ChatChunk.ToolCallDelta> deltas, int index) {
        return deltas.stream()
                .filter(d -> d.index() == index)
                .map(ChatChunk.ToolCallDelta::argumentsDelta)
                .reduce("", String::concat);
    }
}
