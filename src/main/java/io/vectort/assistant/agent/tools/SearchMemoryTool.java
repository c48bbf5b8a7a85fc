package io.vectort.assistant.agent.tools;

import io.vectort.assistant.memory.AssistantMemory;
import io.vectort.assistant.memory.Memory;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class SearchMemoryTool extends AssistantTool<SearchMemoryTool.Args> {

    static final int RESULTS = 10;

    record Args(String query) {
        Args {
            if (query == null || query.isBlank()) {
                throw new ToolArgumentException("query is required");
            }
        }
    }

    private final AssistantMemory memory;

    SearchMemoryTool(AssistantMemory memory) {
        super(Args.class);
        this.memory = memory;
    }

    @Override
    public String name() {
        return "search_memory";
    }

    @Override
    protected String description() {
        return "Search what you remember about the user (by words and by meaning), best first. The most"
                + " relevant memories are already in your instructions; search for anything else.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("query", "what to look for, e.g. \"sister\" or \"work schedule\"", true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        List<Memory> found = memory.search(scope.userId(), args.query(), RESULTS);
        ArrayNode facts = ToolJson.array();
        for (Memory m : found) {
            facts.add(ToolJson.object()
                    .put("id", m.id().toString())
                    .put("fact", m.fact())
                    .put(
                            "since",
                            m.createdAt()
                                    .atZone(scope.now().getZone())
                                    .toLocalDate()
                                    .toString()));
        }
        ObjectNode output = ToolJson.ok();
        output.set("memories", facts);
        return new ToolResult(output, Step.done(name(), args.query(), null));
    }
}
