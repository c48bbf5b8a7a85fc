package io.vectort.providers.openai;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.LlmProvider.EmbeddingResult;
import io.vectort.providers.ToolCall;
import io.vectort.providers.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** OpenAI Chat Completions and Embeddings answers → neutral types. Pure. */
final class OpenAiResponseMapper {

    private OpenAiResponseMapper() {}

    static ChatResponse response(JsonNode json) {
        JsonNode choice = json.path("choices").path(0);
        JsonNode message = choice.path("message");
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : message.path("tool_calls")) {
            calls.add(new ToolCall(
                    call.path("id").asString(""),
                    call.path("function").path("name").asString(""),
                    call.path("function").path("arguments").asString("")));
        }
        return new ChatResponse(
                json.path("id").asString(""),
                json.path("model").asString(""),
                message.path("content").asString(""),
                calls,
                choice.path("finish_reason").asString(calls.isEmpty() ? "stop" : "tool_calls"),
                usage(json).orElse(Usage.NONE));
    }

    /** One {@code chat.completion.chunk}; the usage chunk has no choices at all. */
    static ChatChunk chunk(JsonNode json) {
        JsonNode choice = json.path("choices").path(0);
        JsonNode delta = choice.path("delta");
        List<ChatChunk.ToolCallDelta> calls = new ArrayList<>();
        for (JsonNode call : delta.path("tool_calls")) {
            JsonNode function = call.path("function");
            calls.add(new ChatChunk.ToolCallDelta(
                    call.path("index").asInt(calls.size()),
                    nonEmpty(call.path("id")),
                    nonEmpty(function.path("name")),
                    function.path("arguments").asString("")));
        }
        return new ChatChunk(
                delta.path("content").asString(""), calls, nonEmpty(choice.path("finish_reason")), usage(json));
    }

    static Optional<Usage> usage(JsonNode json) {
        JsonNode usage = json.path("usage");
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Usage(
                usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0),
                false));
    }

    static EmbeddingResult embeddings(JsonNode json) {
        List<JsonNode> data = new ArrayList<>(json.path("data").values());
        data.sort(Comparator.comparingInt(item -> item.path("index").asInt(0)));
        List<float[]> vectors =
                data.stream().map(item -> floats(item.path("embedding"))).toList();
        long tokens = json.path("usage").path("prompt_tokens").asLong(0);
        Usage usage = json.path("usage").isObject() ? new Usage(tokens, 0, false) : Usage.NONE;
        return new EmbeddingResult(vectors, json.path("model").asString(""), usage);
    }

    static Optional<String> nonEmpty(JsonNode node) {
        return node.isString() && !node.stringValue().isEmpty() ? Optional.of(node.stringValue()) : Optional.empty();
    }

    private static float[] floats(JsonNode array) {
        float[] vector = new float[array.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = array.get(i).floatValue();
        }
        return vector;
    }
}
