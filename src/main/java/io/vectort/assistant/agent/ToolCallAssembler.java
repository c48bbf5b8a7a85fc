package io.vectort.assistant.agent;

import io.vectort.providers.ChatChunk.ToolCallDelta;
import io.vectort.providers.ToolCall;
import java.util.List;
import java.util.TreeMap;

/** Puts streamed pieces of tool calls back together: the first piece names a call, later ones add arguments. */
final class ToolCallAssembler {

    private static final class Building {
        String id = "";
        String name = "";
        final StringBuilder arguments = new StringBuilder();
    }

    private final TreeMap<Integer, Building> calls = new TreeMap<>();

    void accept(List<ToolCallDelta> deltas) {
        for (ToolCallDelta delta : deltas) {
            Building call = calls.computeIfAbsent(delta.index(), i -> new Building());
            delta.id().filter(id -> !id.isEmpty()).ifPresent(id -> call.id = id);
            delta.name().filter(name -> !name.isEmpty()).ifPresent(name -> call.name = name);
            call.arguments.append(delta.argumentsDelta());
        }
    }

    /** The calls in the order the model made them; a call without an id gets one, as replies must name it. */
    List<ToolCall> calls() {
        return calls.entrySet().stream()
                .filter(e -> !e.getValue().name.isEmpty())
                .map(e -> new ToolCall(
                        e.getValue().id.isEmpty() ? "call_" + e.getKey() : e.getValue().id,
                        e.getValue().name,
                        e.getValue().arguments.toString()))
                .toList();
    }
}
