package io.vectort.providers;

import java.util.List;
import java.util.Optional;

/**
 * One piece of a streamed answer. Several fields may be set at once; a chunk that carries only
 * {@code usage} typically comes last.
 *
 * @param contentDelta the next piece of text, possibly empty
 * @param toolCallDeltas pieces of tool calls, identified by their index
 * @param finishReason set on the chunk that ends the answer (OpenAI vocabulary)
 * @param usage set when the provider reports usage (for some, cumulatively on several chunks: the
 *     last one counts)
 */
public record ChatChunk(
        String contentDelta, List<ToolCallDelta> toolCallDeltas, Optional<String> finishReason, Optional<Usage> usage) {

    public ChatChunk {
        toolCallDeltas = List.copyOf(toolCallDeltas);
    }

    public static ChatChunk text(String delta) {
        return new ChatChunk(delta, List.of(), Optional.empty(), Optional.empty());
    }

    /** True when the chunk carries something for the caller (text or a tool call), not just metadata. */
    public boolean hasOutput() {
        return !contentDelta.isEmpty() || !toolCallDeltas.isEmpty();
    }

    /**
     * A piece of a streamed tool call: the first piece of a call has its id and name, later ones
     * append to its arguments.
     */
    public record ToolCallDelta(int index, Optional<String> id, Optional<String> name, String argumentsDelta) {}
}
