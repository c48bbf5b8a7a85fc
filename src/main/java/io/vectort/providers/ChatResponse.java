package io.vectort.providers;

import java.util.List;
import java.util.Optional;

/**
 * A complete (non-streamed) answer.
 *
 * @param id the provider's response id
 * @param model the model that actually answered, as the provider names it
 * @param content the answer's text
 * @param toolCalls tools the answer calls
 * @param finishReason OpenAI vocabulary: {@code stop}, {@code length}, {@code tool_calls}, {@code
 *     content_filter}
 * @param usage tokens consumed
 */
public record ChatResponse(
        String id, String model, String content, List<ToolCall> toolCalls, String finishReason, Usage usage) {

    public ChatResponse {
        toolCalls = List.copyOf(toolCalls);
    }

    public Optional<ToolCall> firstToolCall() {
        return toolCalls.stream().findFirst();
    }
}
