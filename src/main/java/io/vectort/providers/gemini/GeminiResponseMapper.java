package io.vectort.providers.gemini;

import io.vectort.providers.ChatResponse;
import io.vectort.providers.LlmProvider.EmbeddingResult;
import io.vectort.providers.ToolCall;
import io.vectort.providers.Usage;
import io.vectort.providers.http.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Gemini {@code GenerateContentResponse} and embeddings → neutral types. Pure. */
final class GeminiResponseMapper {

    private static final Set<String> FILTERED = Set.of(
            "SAFETY",
            "RECITATION",
            "BLOCKLIST",
            "PROHIBITED_CONTENT",
            "SPII",
            "IMAGE_SAFETY",
            "IMAGE_PROHIBITED_CONTENT",
            "IMAGE_RECITATION");

    private GeminiResponseMapper() {}

    /** The caller has checked {@link #blockReason} first. */
    static ChatResponse response(JsonNode json, String requestedModel) {
        JsonNode candidate = json.path("candidates").path(0);
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.has("functionCall")) {
                JsonNode call = part.path("functionCall");
                calls.add(new ToolCall(
                        toolCallId(json, calls.size(), part), call.path("name").asString(""), arguments(call)));
            } else if (!part.path("thought").asBoolean(false)) {
                text.append(part.path("text").asString(""));
            }
        }
        return new ChatResponse(
                json.path("responseId").asString(""),
                json.path("modelVersion").asString(requestedModel),
                text.toString(),
                calls,
                finishReason(candidate.path("finishReason").asString(""), !calls.isEmpty()),
                usage(json).orElse(Usage.NONE));
    }

    /** Set when Gemini refused the prompt itself: no candidates, only {@code promptFeedback}. */
    static Optional<String> blockReason(JsonNode json) {
        JsonNode reason = json.path("promptFeedback").path("blockReason");
        return reason.isString() && !reason.stringValue().isEmpty()
                ? Optional.of(reason.stringValue())
                : Optional.empty();
    }

    /**
     * Gemini ends a turn that calls functions with {@code STOP}; OpenAI's vocabulary says {@code
     * tool_calls}, which is what callers look for.
     */
    static String finishReason(String reason, boolean calledTools) {
        if (reason.equals("MAX_TOKENS")) {
            return "length";
        }
        if (FILTERED.contains(reason)) {
            return "content_filter";
        }
        return calledTools ? "tool_calls" : "stop";
    }

    /**
     * Counts are cumulative over a stream. Thinking tokens are billed as output, so they count as
     * output; tool-use prompt tokens as input.
     */
    static Optional<Usage> usage(JsonNode json) {
        JsonNode usage = json.path("usageMetadata");
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Usage(
                usage.path("promptTokenCount").asLong(0)
                        + usage.path("toolUsePromptTokenCount").asLong(0),
                usage.path("candidatesTokenCount").asLong(0)
                        + usage.path("thoughtsTokenCount").asLong(0),
                false));
    }

    /**
     * Gemini's function calls have no ids. This one depends only on the answer and the call's place
     * in it, so the streamed and the whole answer agree, and ids differ between turns.
     *
     * <p>Thinking models sign each function call ({@code thoughtSignature}) and reject the next turn
     * if the signature does not come back with the call. Neutral tool calls have nowhere else to keep
     * it, so it rides in the id after {@link #SIGNATURE_SEPARATOR} (which neither response ids nor
     * base64 use), and {@link GeminiRequestMapper} puts it back.
     */
    static String toolCallId(JsonNode json, int index, JsonNode part) {
        String responseId = json.path("responseId").asString("");
        String signature = part.path("thoughtSignature").asString("");
        return "call_" + (responseId.isEmpty() ? "" : responseId + "_") + index
                + (signature.isEmpty() ? "" : SIGNATURE_SEPARATOR + signature);
    }

    static final String SIGNATURE_SEPARATOR = "~";

    static String arguments(JsonNode functionCall) {
        JsonNode args = functionCall.path("args");
        return WireJson.write(args.isObject() ? args : WireJson.MAPPER.createObjectNode());
    }

    static EmbeddingResult embeddings(JsonNode json, String model) {
        List<float[]> vectors = new ArrayList<>();
        for (JsonNode embedding : json.path("embeddings")) {
            JsonNode values = embedding.path("values");
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = values.get(i).floatValue();
            }
            vectors.add(vector);
        }
        // batchEmbedContents reports no usage: the gateway counts locally.
        return new EmbeddingResult(vectors, model, Usage.NONE);
    }
}
