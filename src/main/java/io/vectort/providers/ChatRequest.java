package io.vectort.providers;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat completion request in Vectort's neutral form.
 *
 * @param model the model or alias the caller asked for (the router resolves it to deployments)
 * @param messages the conversation, oldest first
 * @param temperature sampling temperature
 * @param topP nucleus sampling
 * @param maxTokens most output tokens
 * @param stop stop sequences
 * @param tools tools the model may call
 * @param toolChoice {@code auto}, {@code none}, {@code required}, or a tool name
 * @param openAiBody the caller's original OpenAI-format body when the request came through {@code
 *     /v1}: OpenAI-compatible upstreams receive it as is (model replaced), so fields Vectort does not
 *     model still pass through
 */
public record ChatRequest(
        String model,
        List<ChatMessage> messages,
        OptionalDouble temperature,
        OptionalDouble topP,
        OptionalInt maxTokens,
        List<String> stop,
        List<ToolDefinition> tools,
        Optional<String> toolChoice,
        Optional<ObjectNode> openAiBody) {

    public ChatRequest {
        messages = List.copyOf(messages);
        stop = List.copyOf(stop);
        tools = List.copyOf(tools);
    }

    /** A plain request: messages only, provider defaults for everything else. */
    public static ChatRequest of(String model, List<ChatMessage> messages) {
        return new ChatRequest(
                model,
                messages,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public ChatRequest withMaxTokens(int max) {
        return new ChatRequest(
                model, messages, temperature, topP, OptionalInt.of(max), stop, tools, toolChoice, openAiBody);
    }
}
