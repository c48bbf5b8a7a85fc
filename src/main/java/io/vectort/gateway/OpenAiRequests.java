package io.vectort.gateway;

import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ToolCall;
import io.vectort.providers.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OpenAI chat-completions body into Vectort's neutral request, keeping the original body
 * so OpenAI-compatible upstreams receive every field, including ones Vectort does not model.
 */
public final class OpenAiRequests {

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    private OpenAiRequests() {}

    public static ChatRequest toNeutral(ObjectNode body) {
        JsonNode model = body.get("model");
        if (model == null || !model.isString() || model.asString().isBlank()) {
            throw OpenAiError.invalid("model", "you must provide a model parameter");
        }
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw OpenAiError.invalid("messages", "messages must be a non-empty array");
        }
        List<ChatMessage> neutral = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            neutral.add(message(messages.get(i), "messages[" + i + "]"));
        }
        ChatParameters.check(body);
        return new ChatRequest(
                model.asString(),
                neutral,
                number(body, "temperature"),
                number(body, "top_p"),
                maxTokens(body),
                stop(body.get("stop")),
                tools(body.get("tools")),
                toolChoice(body.get("tool_choice")),
                Optional.of(body));
    }

    public static boolean streaming(ObjectNode body) {
        return body.path("stream").asBoolean(false);
    }

    public static boolean includeUsage(ObjectNode body) {
        return body.path("stream_options").path("include_usage").asBoolean(false);
    }

    private static ChatMessage message(JsonNode message, String where) {
        if (!message.isObject()) {
            throw OpenAiError.invalid(where, where + " must be an object");
        }
        JsonNode roleNode = message.path("role");
        String role = roleNode.isString() ? roleNode.asString() : "";
        if (!ROLES.contains(role)) {
            throw OpenAiError.invalid(where + ".role", "role must be one of system, developer, user, assistant, tool");
        }
        JsonNode toolCalls = message.path("tool_calls");
        if (!toolCalls.isMissingNode() && !toolCalls.isNull() && !toolCalls.isArray()) {
            throw OpenAiError.invalid(where + ".tool_calls", where + ".tool_calls must be an array");
        }
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < toolCalls.size(); i++) {
            calls.add(toolCall(toolCalls.get(i), where + ".tool_calls[" + i + "]"));
        }
        String content = content(message.get("content"), where);
        if (content.isEmpty() && calls.isEmpty() && !role.equals("assistant")) {
            throw OpenAiError.invalid(where + ".content", where + ".content must not be empty");
        }
        return new ChatMessage(
                role.equals("developer") ? "system" : role,
                content,
                calls,
                optionalText(message, "tool_call_id", where),
                optionalText(message, "name", where));
    }

    /** Text content: a string, or the text parts of a content array joined by newlines. */
    private static String content(JsonNode content, String where) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isString()) {
            return content.asString();
        }
        if (content.isArray()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < content.size(); i++) {
                textOfPart(content.get(i), where + ".content[" + i + "]").ifPresent(texts::add);
            }
            return String.join("\n", texts);
        }
        throw OpenAiError.invalid(where + ".content", where + ".content must be a string or an array of parts");
    }

    /**
     * The text of one content part; other part types (images, audio, files) carry no text and pass
     * through untouched to upstreams that understand them.
     */
    private static Optional<String> textOfPart(JsonNode part, String where) {
        if (!part.isObject() || !part.path("type").isString()) {
            throw OpenAiError.invalid(where, where + " must be an object with a string 'type'");
        }
        if (!part.get("type").asString().equals("text")) {
            return Optional.empty();
        }
        if (!part.path("text").isString()) {
            throw OpenAiError.invalid(where + ".text", where + ".text must be a string");
        }
        return Optional.of(part.get("text").asString());
    }

    private static ToolCall toolCall(JsonNode call, String where) {
        if (!call.isObject() || !call.path("function").isObject()) {
            throw OpenAiError.invalid(where, where + " must be an object with a 'function' object");
        }
        JsonNode arguments = call.get("function").path("arguments");
        if (!arguments.isMissingNode() && !arguments.isString()) {
            throw OpenAiError.invalid(where + ".function.arguments", "function arguments must be a JSON string");
        }
        return new ToolCall(
                call.path("id").asString(""), call.get("function").path("name").asString(""), arguments.asString("{}"));
    }

    /** Read after {@link ChatParameters#check}: present values are numbers of the right range. */
    private static OptionalDouble number(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? OptionalDouble.empty() : OptionalDouble.of(value.asDouble());
    }

    private static OptionalInt maxTokens(ObjectNode body) {
        return ChatParameters.maxTokensField(body)
                .map(field -> OptionalInt.of(body.get(field).asInt()))
                .orElse(OptionalInt.empty());
    }

    private static List<String> stop(JsonNode stop) {
        if (stop == null || stop.isNull()) {
            return List.of();
        }
        if (stop.isString()) {
            return List.of(stop.asString());
        }
        List<String> values = new ArrayList<>();
        stop.forEach(s -> values.add(s.asString()));
        return values;
    }

    private static List<ToolDefinition> tools(JsonNode tools) {
        List<ToolDefinition> definitions = new ArrayList<>();
        if (tools == null || !tools.isArray()) {
            return definitions;
        }
        for (JsonNode tool : tools) {
            if (!tool.isObject()) {
                throw OpenAiError.invalid("tools", "every tool must be an object");
            }
            JsonNode function = tool.path("function");
            String name = function.path("name").asString("");
            if (name.isEmpty()) {
                throw OpenAiError.invalid("tools", "every tool needs a function name");
            }
            definitions.add(
                    new ToolDefinition(name, function.path("description").asString(""), function.path("parameters")));
        }
        return definitions;
    }

    private static Optional<String> toolChoice(JsonNode choice) {
        if (choice == null || choice.isNull()) {
            return Optional.empty();
        }
        if (choice.isString()) {
            return Optional.of(choice.asString());
        }
        return Optional.of(choice.path("function").path("name").asString("auto"));
    }

    private static Optional<String> optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw OpenAiError.invalid(where + "." + field, where + "." + field + " must be a string");
        }
        return Optional.of(value.asString());
    }
}
