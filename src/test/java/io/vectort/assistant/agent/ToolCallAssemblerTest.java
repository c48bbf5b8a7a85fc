package io.vectort.assistant.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ChatChunk.ToolCallDelta;
import io.vectort.providers.ToolCall;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolCallAssemblerTest {

    @Test
    void piecesOfSeveralCallsInterleavedComeBackWholeInTheModelsOrder() {
        ToolCallAssembler assembler = new ToolCallAssembler();
        assembler.accept(List.of(new ToolCallDelta(1, Optional.of("call_b"), Optional.of("create_reminder"), "")));
        assembler.accept(List.of(new ToolCallDelta(0, Optional.of("call_a"), Optional.of("add_task"), "{\"ti")));
        assembler.accept(List.of(
                new ToolCallDelta(1, Optional.empty(), Optional.empty(), "{\"text\":\"x\"}"),
                new ToolCallDelta(0, Optional.empty(), Optional.empty(), "tle\":\"y\"}")));

        assertThat(assembler.calls())
                .containsExactly(
                        new ToolCall("call_a", "add_task", "{\"title\":\"y\"}"),
                        new ToolCall("call_b", "create_reminder", "{\"text\":\"x\"}"));
    }

    @Test
    void aCallWithoutAnIdGetsOneAndAPieceWithoutANameIsDropped() {
        ToolCallAssembler assembler = new ToolCallAssembler();
        assembler.accept(List.of(new ToolCallDelta(0, Optional.empty(), Optional.of("list_tasks"), "{}")));
        assembler.accept(List.of(new ToolCallDelta(3, Optional.empty(), Optional.empty(), "{}")));

        assertThat(assembler.calls()).containsExactly(new ToolCall("call_0", "list_tasks", "{}"));
    }
}
