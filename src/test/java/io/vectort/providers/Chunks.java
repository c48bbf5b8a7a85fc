package io.vectort.providers;

import java.util.ArrayList;
import java.util.List;

/** Reassembles a streamed answer the way a client does, for assertions in any test. */
public final class Chunks {

    private Chunks() {}

    /** The text of the answer. */
    public static String text(List<ChatChunk> chunks) {
        return chunks.stream().map(ChatChunk::contentDelta).reduce("", String::concat);
    }

    /** The tool calls, by index: id and name from the first piece that has them, arguments appended. */
    public static List<ToolCall> toolCalls(List<ChatChunk> chunks) {
        List<String[]> calls = new ArrayList<>();
        for (ChatChunk chunk : chunks) {
            for (ChatChunk.ToolCallDelta delta : chunk.toolCallDeltas()) {
                while (calls.size() <= delta.index()) {
                    calls.add(new String[] {"", "", ""});
                }
                String[] call = calls.get(delta.index());
                delta.id().ifPresent(id -> call[0] = id);
                delta.name().ifPresent(name -> call[1] = name);
                call[2] += delta.argumentsDelta();
            }
        }
        return calls.stream().map(c -> new ToolCall(c[0], c[1], c[2])).toList();
    }
}
