package io.vectort.providers.anthropic;

import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ToolCall;
import io.vectort.providers.ToolDefinition;
import io.vectort.providers.http.WireJson;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Neutral request → Anthropic Messages body. Pure. */
final class AnthropicRequestMapper {

    /** Anthropic requires {@code max_tokens}; this is what we ask for when the caller did not say. */
    static final int DEFAULT_MAX_TOKENS = 4096;

    private AnthropicRequestMapper() {}

    static ObjectNode body(String model, ChatRequest request, boolean stream) {
        ObjectNode body = WireJson.MAPPER.createObjectNode().put("model", model);
        body.put("max_tokens", request.maxTokens().orElse(DEFAULT_MAX_TOKENS));
        String system = request.messages().stream()
                .filter(message -> message.role().equals("system"))
                .map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            body.put("system", system);
        }
        body.set("messages", messages(request.messages()));
        request.temperature().ifPresent(t -> body.put("temperature", t));
        request.topP().ifPresent(p -> body.put("top_p", p));
        if (!request.stop().isEmpty()) {
            request.stop().forEach(body.putArray("stop_sequences")::add);
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        request.toolChoice().ifPresent(choice -> body.set("tool_choice", toolChoice(choice)));
        if (stream) {
            body.put("stream", true);
        }
        return body;
    }

    /**
     * Anthropic alternates user and assistant turns, and wants every answer to a round of tool calls
     * in the one user message that follows: consecutive messages of the same side are merged.
     */
    private static ArrayNode messages(List<ChatMessage> messages) {
        ArrayNode result = WireJson.MAPPER.createArrayNode();
        ObjectNode current = null;
        for (ChatMessage message : messages) {
            if (message.role().equals("system")) {
                continue;
            }
            String role = message.role().equals("assistant") ? "assistant" : "user";
            ArrayNode blocks = blocks(message);
            if (blocks.isEmpty()) {
                continue;
            }
            if (current == null || !current.path("role").asString("").equals(role)) {
                current = result.addObject().put("role", role);
                current.putArray("content");
            }
            ((ArrayNode) current.get("content")).addAll(blocks);
        }
        return result;
    }

    private static ArrayNode blocks(ChatMessage message) {
        ArrayNode blocks = WireJson.MAPPER.createArrayNode();
        if (message.role().equals("tool")) {
            blocks.addObject()
                    .put("type", "tool_result")
                    .put("tool_use_id", message.toolCallId().orElse(""))
                    .put("content", message.content());
            return blocks;
        }
        // Anthropic rejects empty text blocks (an assistant turn that only calls tools has none).
        if (!message.content().isEmpty()) {
            blocks.addObject().put("type", "text").put("text", message.content());
        }
        for (ToolCall call : message.toolCalls()) {
            blocks.addObject()
                    .put("type", "tool_use")
                    .put("id", call.id())
                    .put("name", call.name())
                    .set("input", arguments(call.argumentsJson()));
        }
        return blocks;
    }

    /** Tool input must be an object; models occasionally produce empty or broken arguments. */
    private static JsonNode arguments(String json) {
        return WireJson.tryParse(json).filter(JsonNode::isObject).orElseGet(WireJson.MAPPER::createObjectNode);
    }

    private static ObjectNode tool(ToolDefinition tool) {
        ObjectNode node = WireJson.MAPPER.createObjectNode().put("name", tool.name());
        if (!tool.description().isEmpty()) {
            node.put("description", tool.description());
        }
        node.set("input_schema", tool.parametersSchema());
        return node;
    }

    private static ObjectNode toolChoice(String choice) {
        ObjectNode node = WireJson.MAPPER.createObjectNode();
        return switch (choice) {
            case "auto" -> node.put("type", "auto");
            case "none" -> node.put("type", "none");
            case "required" -> node.put("type", "any");
            default -> node.put("type", "tool").put("name", choice);
        };
    }
}
