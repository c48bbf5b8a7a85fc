package io.vectort.providers.openai;

import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ToolCall;
import io.vectort.providers.ToolDefinition;
import io.vectort.providers.http.WireJson;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Neutral request → OpenAI Chat Completions and Embeddings bodies. Pure. */
final class OpenAiRequestMapper {

    private OpenAiRequestMapper() {}

    /**
     * The caller's own OpenAI body when there is one (so fields Vectort does not model pass
     * through), else one built from the neutral fields; either way for {@code model}, streaming or
     * not. A stream always asks for usage.
     */
    static ObjectNode chatBody(String model, ChatRequest request, boolean stream) {
        ObjectNode body = request.openAiBody().map(ObjectNode::deepCopy).orElseGet(() -> fromNeutral(request));
        body.put("model", model);
        if (stream) {
            body.put("stream", true);
            ObjectNode options = body.get("stream_options") instanceof ObjectNode existing
                    ? existing
                    : body.putObject("stream_options");
            options.put("include_usage", true);
        } else {
            // OpenAI rejects stream_options without stream.
            body.remove("stream");
            body.remove("stream_options");
        }
        return body;
    }

    static ObjectNode embeddingsBody(String model, List<String> inputs) {
        ObjectNode body = WireJson.MAPPER.createObjectNode().put("model", model);
        inputs.forEach(body.putArray("input")::add);
        // The official SDKs default to base64; ask for plain floats explicitly.
        return body.put("encoding_format", "float");
    }

    private static ObjectNode fromNeutral(ChatRequest request) {
        ObjectNode body = WireJson.MAPPER.createObjectNode();
        ArrayNode messages = body.putArray("messages");
        request.messages().forEach(message -> messages.add(message(message)));
        request.temperature().ifPresent(t -> body.put("temperature", t));
        request.topP().ifPresent(p -> body.put("top_p", p));
        // max_tokens, not max_completion_tokens: every compatible server understands it.
        request.maxTokens().ifPresent(m -> body.put("max_tokens", m));
        if (!request.stop().isEmpty()) {
            request.stop().forEach(body.putArray("stop")::add);
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        request.toolChoice().ifPresent(choice -> {
            switch (choice) {
                case "auto", "none", "required" -> body.put("tool_choice", choice);
                default ->
                    body.putObject("tool_choice")
                            .put("type", "function")
                            .putObject("function")
                            .put("name", choice);
            }
        });
        return body;
    }

    private static ObjectNode message(ChatMessage message) {
        ObjectNode node = WireJson.MAPPER.createObjectNode().put("role", message.role());
        if (message.role().equals("assistant")
                && message.content().isEmpty()
                && !message.toolCalls().isEmpty()) {
            node.putNull("content");
        } else {
            node.put("content", message.content());
        }
        message.name().ifPresent(name -> node.put("name", name));
        message.toolCallId().ifPresent(id -> node.put("tool_call_id", id));
        if (!message.toolCalls().isEmpty()) {
            ArrayNode calls = node.putArray("tool_calls");
            message.toolCalls().forEach(call -> calls.add(toolCall(call)));
        }
        return node;
    }

    private static ObjectNode toolCall(ToolCall call) {
        ObjectNode node =
                WireJson.MAPPER.createObjectNode().put("id", call.id()).put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
        return node;
    }

    private static ObjectNode tool(ToolDefinition tool) {
        ObjectNode node = WireJson.MAPPER.createObjectNode().put("type", "function");
        ObjectNode function = node.putObject("function").put("name", tool.name());
        if (!tool.description().isEmpty()) {
            function.put("description", tool.description());
        }
        function.set("parameters", tool.parametersSchema());
        return node;
    }
}
