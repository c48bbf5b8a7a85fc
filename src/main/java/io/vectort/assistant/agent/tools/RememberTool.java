package io.vectort.assistant.agent.tools;

import io.vectort.assistant.memory.AssistantMemory;
import io.vectort.assistant.memory.Memory;
import io.vectort.assistant.memory.MemorySource;
import io.vectort.assistant.memory.Remember;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Long-term memory, add-only: a fact the user asked to keep is {@code explicit}; one the model
 * noticed on its own ("I work nights now") is {@code extracted}, with the message it came from.
 * A newer fact replaces an older one by pointing at it, never by rewriting it.
 */
@Component
class RememberTool extends AssistantTool<RememberTool.Args> {

    record Args(
            String fact, @Nullable String until, @Nullable String replaces) {
        Args {
            if (fact == null || fact.isBlank()) {
                throw new ToolArgumentException("fact is required");
            }
        }
    }

    private final AssistantMemory memory;

    RememberTool(AssistantMemory memory) {
        super(Args.class);
        this.memory = memory;
    }

    @Override
    public String name() {
        return "remember";
    }

    @Override
    protected String description() {
        return "Keep a lasting fact about the user (people, preferences, routines, health or work"
                + " patterns) when they ask you to, or when they state one that will matter later."
                + " Not for tasks or one-off plans. If it updates a fact you know, pass that fact's id"
                + " as 'replaces'.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("fact", "one short fact in the user's words and language, e.g. \"my sister is Léa\"", true)
                .string("until", "optional: when it stops being true (a local ISO time or words)", false)
                .string("replaces", "optional: id of the older memory this one updates", false)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Remember request = new Remember(
                args.fact().strip(),
                scope.explicitRemember() ? MemorySource.EXPLICIT : MemorySource.EXTRACTED,
                Optional.of(scope.message()),
                Optional.empty(),
                Optional.empty());
        if (args.until() != null && !args.until().isBlank()) {
            request = request.until(
                    Moments.moment("until", args.until(), scope.now()).at().toInstant());
        }
        if (args.replaces() != null && !args.replaces().isBlank()) {
            request = request.replacing(uuid(args.replaces()));
        }
        Memory kept = memory.remember(scope.userId(), request);
        ObjectNode output = ToolJson.ok()
                .put("id", kept.id().toString())
                .put("source", kept.source().tag());
        return new ToolResult(output, Step.done(name(), kept.fact(), null));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ToolArgumentException("replaces must be a memory id from search_memory");
        }
    }
}
