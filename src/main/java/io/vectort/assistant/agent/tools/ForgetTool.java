package io.vectort.assistant.agent.tools;

import io.vectort.assistant.memory.AssistantMemory;
import io.vectort.assistant.memory.Memory;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class ForgetTool extends AssistantTool<ForgetTool.Args> {

    record Args(String about) {
        Args {
            if (about == null || about.isBlank()) {
                throw new ToolArgumentException("about is required");
            }
        }
    }

    private final AssistantMemory memory;

    ForgetTool(AssistantMemory memory) {
        super(Args.class);
        this.memory = memory;
    }

    @Override
    public String name() {
        return "forget";
    }

    @Override
    protected String description() {
        return "Delete what you remember about something, when the user asks you to forget it.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("about", "the subject, e.g. \"my sister\"", true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        List<Memory> forgotten = memory.forget(scope.userId(), args.about());
        ArrayNode facts = ToolJson.array();
        forgotten.forEach(m -> facts.add(m.fact()));
        ObjectNode output = ToolJson.ok().put("count", forgotten.size());
        output.set("forgotten", facts);
        return new ToolResult(output, Step.done(name(), args.about(), null));
    }
}
