package io.vectort.providers.gemini;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.StreamOutcome;
import io.vectort.providers.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads one Gemini stream, where every event is a whole {@code GenerateContentResponse} holding the
 * next piece of text, whole function calls, and cumulative usage. Stateful (one per stream) but free
 * of I/O: it numbers function calls across events.
 */
final class GeminiStream {

    private String id = "";
    private String model;
    private Optional<String> finishReason = Optional.empty();
    private Optional<Usage> usage = Optional.empty();
    private int toolCalls;

    GeminiStream(String requestedModel) {
        this.model = requestedModel;
    }

    /** The chunk an event carries, if any; the caller has checked it for errors and blocks. */
    Optional<ChatChunk> onEvent(JsonNode json) {
        id = json.path("responseId").asString(id);
        model = json.path("modelVersion").asString(model);
        Optional<Usage> reported = GeminiResponseMapper.usage(json);
        if (reported.isPresent()) {
            usage = reported;
        }
        JsonNode candidate = json.path("candidates").path(0);
        StringBuilder text = new StringBuilder();
        List<ChatChunk.ToolCallDelta> calls = new ArrayList<>();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.has("functionCall")) {
                JsonNode call = part.path("functionCall");
                int index = toolCalls++;
                calls.add(new ChatChunk.ToolCallDelta(
                        index,
                        Optional.of(GeminiResponseMapper.toolCallId(json, index, part)),
                        Optional.of(call.path("name").asString("")),
                        GeminiResponseMapper.arguments(call)));
            } else if (!part.path("thought").asBoolean(false)) {
                text.append(part.path("text").asString(""));
            }
        }
        Optional<String> finish = candidate.path("finishReason").isString()
                ? Optional.of(GeminiResponseMapper.finishReason(
                        candidate.path("finishReason").stringValue(), toolCalls > 0))
                : Optional.empty();
        if (finish.isPresent()) {
            finishReason = finish;
        }
        ChatChunk chunk = new ChatChunk(text.toString(), calls, finish, reported);
        return chunk.hasOutput() || finish.isPresent() || reported.isPresent() ? Optional.of(chunk) : Optional.empty();
    }

    /** Gemini has no end marker: the answer is complete once a finish reason came. */
    boolean finished() {
        return finishReason.isPresent();
    }

    StreamOutcome outcome() {
        return new StreamOutcome(id, model, finishReason.orElse("stop"), usage.orElse(Usage.NONE));
    }
}
