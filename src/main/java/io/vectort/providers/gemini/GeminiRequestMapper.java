package io.vectort.providers.gemini;

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

/** Neutral request → Gemini {@code GenerateContentRequest} and embedding bodies. Pure. */
final class GeminiRequestMapper {

    private GeminiRequestMapper() {}

    /** @throws IllegalArgumentException when a tool answer names a call that no earlier message made */
    static ObjectNode body(ChatRequest request) {
        ObjectNode body = WireJson.MAPPER.createObjectNode();
        String system = request.messages().stream()
                .filter(message -> message.role().equals("system"))
                .map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", system);
        }
        body.set("contents", contents(request.messages()));
        ObjectNode config = WireJson.MAPPER.createObjectNode();
        request.temperature().ifPresent(t -> config.put("temperature", t));
        request.topP().ifPresent(p -> config.put("topP", p));
        request.maxTokens().ifPresent(m -> config.put("maxOutputTokens", m));
        if (!request.stop().isEmpty()) {
            request.stop().forEach(config.putArray("stopSequences")::add);
        }
        if (!config.isEmpty()) {
            body.set("generationConfig", config);
        }
        if (!request.tools().isEmpty()) {
            ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
            request.tools().forEach(tool -> declarations.add(declaration(tool)));
        }
        request.toolChoice()
                .ifPresent(choice -> body.putObject("toolConfig").set("functionCallingConfig", callingConfig(choice)));
        return body;
    }

    static ObjectNode embeddingsBody(String model, List<String> inputs) {
        ObjectNode body = WireJson.MAPPER.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (String input : inputs) {
            ObjectNode request = requests.addObject().put("model", "models/" + model);
            request.putObject("content").putArray("parts").addObject().put("text", input);
        }
        return body;
    }

    /** Gemini wants the answers to one round of calls together, so same-side turns are merged. */
    private static ArrayNode contents(List<ChatMessage> messages) {
        ArrayNode contents = WireJson.MAPPER.createArrayNode();
        ObjectNode current = null;
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage message = messages.get(i);
            if (message.role().equals("system")) {
                continue;
            }
            String role = message.role().equals("assistant") ? "model" : "user";
            ArrayNode parts = parts(message, messages.subList(0, i));
            if (parts.isEmpty()) {
                continue;
            }
            if (current == null || !current.path("role").asString("").equals(role)) {
                current = contents.addObject().put("role", role);
                current.putArray("parts");
            }
            ((ArrayNode) current.get("parts")).addAll(parts);
        }
        return contents;
    }

    private static ArrayNode parts(ChatMessage message, List<ChatMessage> earlier) {
        ArrayNode parts = WireJson.MAPPER.createArrayNode();
        if (message.role().equals("tool")) {
            ObjectNode response = parts.addObject().putObject("functionResponse");
            response.put("name", message.name().orElseGet(() -> functionName(message, earlier)));
            response.set("response", toolResult(message.content()));
            return parts;
        }
        if (!message.content().isEmpty()) {
            parts.addObject().put("text", message.content());
        }
        for (ToolCall call : message.toolCalls()) {
            ObjectNode part = parts.addObject();
            ObjectNode functionCall = part.putObject("functionCall").put("name", call.name());
            int signature = call.id().indexOf(GeminiResponseMapper.SIGNATURE_SEPARATOR);
            if (signature >= 0) {
                part.put("thoughtSignature", call.id().substring(signature + 1));
            }
            functionCall.set(
                    "args",
                    WireJson.tryParse(call.argumentsJson())
                            .filter(JsonNode::isObject)
                            .orElseGet(WireJson.MAPPER::createObjectNode));
        }
        return parts;
    }

    /** A tool answer carries only the call id; Gemini wants the function's name. */
    private static String functionName(ChatMessage answer, List<ChatMessage> earlier) {
        String id = answer.toolCallId().orElse("");
        for (ChatMessage message : earlier.reversed()) {
            for (ToolCall call : message.toolCalls()) {
                if (call.id().equals(id)) {
                    return call.name();
                }
            }
        }
        throw new IllegalArgumentException("tool message answers call '" + id + "', which no earlier message made");
    }

    /** Gemini wants an object; a tool's plain-text answer goes under {@code output}, as Google suggests. */
    private static JsonNode toolResult(String content) {
        return WireJson.tryParse(content)
                .filter(JsonNode::isObject)
                .orElseGet(() -> WireJson.MAPPER.createObjectNode().put("output", content));
    }

    /** {@code parametersJsonSchema} takes the JSON Schema as is, where {@code parameters} takes an OpenAPI subset. */
    private static ObjectNode declaration(ToolDefinition tool) {
        ObjectNode node = WireJson.MAPPER.createObjectNode().put("name", tool.name());
        if (!tool.description().isEmpty()) {
            node.put("description", tool.description());
        }
        node.set("parametersJsonSchema", tool.parametersSchema());
        return node;
    }

    private static ObjectNode callingConfig(String choice) {
        ObjectNode config = WireJson.MAPPER.createObjectNode();
        switch (choice) {
            case "auto" -> config.put("mode", "AUTO");
            case "none" -> config.put("mode", "NONE");
            case "required" -> config.put("mode", "ANY");
            default ->
                config.put("mode", "ANY").putArray("allowedFunctionNames").add(choice);
        }
        return config;
    }
}
