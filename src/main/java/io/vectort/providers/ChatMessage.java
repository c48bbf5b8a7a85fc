package io.vectort.providers;

import java.util.List;
import java.util.Optional;

/**
 * One message of a conversation.
 *
 * @param role {@code system}, {@code user}, {@code assistant} or {@code tool}
 * @param content the text (empty for an assistant message that only calls tools)
 * @param toolCalls tools an assistant message calls
 * @param toolCallId for a {@code tool} message: the call it answers
 * @param name optional participant or tool name
 */
public record ChatMessage(
        String role, String content, List<ToolCall> toolCalls, Optional<String> toolCallId, Optional<String> name) {

    public ChatMessage {
        toolCalls = List.copyOf(toolCalls);
    }

    public static ChatMessage system(String content) {
        return new ChatMessage("system", content, List.of(), Optional.empty(), Optional.empty());
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content, List.of(), Optional.empty(), Optional.empty());
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content, List.of(), Optional.empty(), Optional.empty());
    }
}
