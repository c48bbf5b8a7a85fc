package io.vectort.gateway;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.ToolCall;
import io.vectort.providers.Usage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Vectort's neutral answers in OpenAI's format. Ids and the model name are the gateway's own
 * (the model the caller asked for), so a fallback to another deployment is invisible to clients.
 */
public final class OpenAiResponses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String id;
    private final long created;
    private final String model;

    public OpenAiResponses(String id, long created, String model) {
        this.id = id;
        this.created = created;
        this.model = model;
    }

    public ObjectNode completion(ChatResponse response, Usage usage) {
        ObjectNode message = JSON.objectNode().put("role", "assistant");
        if (response.toolCalls().isEmpty()) {
            message.put("content", response.content());
        } else {
            message.put("content", response.content().isEmpty() ? null : response.content());
            ArrayNode calls = message.putArray("tool_calls");
            response.toolCalls().forEach(call -> calls.add(toolCall(call)));
        }
        ObjectNode root = header("chat.completion");
        root.putArray("choices")
                .addObject()
                .put("index", 0)
                .<ObjectNode>set("message", message)
                .putNull("logprobs")
                .put("finish_reason", response.finishReason());
        root.set("usage", usage(usage));
        return root;
    }

    /** The first chunk of a stream: the assistant role, as OpenAI sends it. */
    public ObjectNode roleChunk() {
        return chunk(JSON.objectNode().put("role", "assistant").put("content", ""), null);
    }

    public ObjectNode chunk(ChatChunk chunk) {
        ObjectNode delta = JSON.objectNode();
        if (!chunk.contentDelta().isEmpty()) {
            delta.put("content", chunk.contentDelta());
        }
        if (!chunk.toolCallDeltas().isEmpty()) {
            ArrayNode calls = delta.putArray("tool_calls");
            for (ChatChunk.ToolCallDelta d : chunk.toolCallDeltas()) {
                ObjectNode call = calls.addObject().put("index", d.index());
                d.id().ifPresent(value -> call.put("id", value).put("type", "function"));
                ObjectNode function = call.putObject("function");
                d.name().ifPresent(value -> function.put("name", value));
                function.put("arguments", d.argumentsDelta());
            }
        }
        return chunk(delta, chunk.finishReason().orElse(null));
    }

    public ObjectNode finalChunk(String finishReason) {
        return chunk(JSON.objectNode(), finishReason);
    }

    public ObjectNode usageChunk(Usage usage) {
        ObjectNode root = header("chat.completion.chunk");
        root.putArray("choices");
        root.set("usage", usage(usage));
        return root;
    }

    private ObjectNode chunk(ObjectNode delta, String finishReason) {
        ObjectNode root = header("chat.completion.chunk");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root;
    }

    private ObjectNode header(String object) {
        return JSON.objectNode()
                .put("id", id)
                .put("object", object)
                .put("created", created)
                .put("model", model);
    }

    private static ObjectNode toolCall(ToolCall call) {
        ObjectNode node = JSON.objectNode().put("id", call.id()).put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
        return node;
    }

    private static ObjectNode usage(Usage usage) {
        return JSON.objectNode()
                .put("prompt_tokens", usage.inputTokens())
                .put("completion_tokens", usage.outputTokens())
                .put("total_tokens", usage.totalTokens());
    }
}
