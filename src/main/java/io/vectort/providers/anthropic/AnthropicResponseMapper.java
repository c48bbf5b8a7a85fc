package io.vectort.providers.anthropic;

import io.vectort.providers.ChatResponse;
import io.vectort.providers.ToolCall;
import io.vectort.providers.Usage;
import io.vectort.providers.http.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Anthropic Messages answer → neutral response. Pure. */
final class AnthropicResponseMapper {

    private AnthropicResponseMapper() {}

    static ChatResponse response(JsonNode json) {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode block : json.path("content")) {
            switch (block.path("type").asString("")) {
                case "text" -> text.append(block.path("text").asString(""));
                case "tool_use" ->
                    calls.add(new ToolCall(
                            block.path("id").asString(""),
                            block.path("name").asString(""),
                            WireJson.write(
                                    block.path("input").isObject()
                                            ? block.path("input")
                                            : WireJson.MAPPER.createObjectNode())));
                default -> {
                    // thinking and server-tool blocks have no neutral form
                }
            }
        }
        return new ChatResponse(
                json.path("id").asString(""),
                json.path("model").asString(""),
                text.toString(),
                calls,
                finishReason(json.path("stop_reason").asString("")),
                usage(json.path("usage")).orElse(Usage.NONE));
    }

    /** Anthropic's {@code stop_reason} in OpenAI's vocabulary. */
    static String finishReason(String stopReason) {
        return switch (stopReason) {
            case "max_tokens", "model_context_window_exceeded" -> "length";
            case "tool_use" -> "tool_calls";
            case "refusal" -> "content_filter";
            default -> "stop"; // end_turn, stop_sequence, pause_turn
        };
    }

    /**
     * Input tokens include prompt-cache writes and reads: Anthropic counts them apart from {@code
     * input_tokens}, and they are input all the same.
     */
    static Optional<Usage> usage(JsonNode usage) {
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(
                new Usage(inputTokens(usage), usage.path("output_tokens").asLong(0), false));
    }

    static long inputTokens(JsonNode usage) {
        return usage.path("input_tokens").asLong(0)
                + usage.path("cache_creation_input_tokens").asLong(0)
                + usage.path("cache_read_input_tokens").asLong(0);
    }
}
