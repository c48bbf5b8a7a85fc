package io.vectort.assistant.agent.tools;

import io.vectort.providers.ToolDefinition;
import io.vectort.shared.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A function the agent's model may call. Its arguments arrive as the model wrote them (JSON text)
 * and are read into the record {@code A}, whose constructor validates them; anything wrong goes
 * back to the model as an error it can act on, never as an exception out of the turn.
 *
 * @param <A> the tool's arguments
 */
public abstract class AssistantTool<A> {

    private final Class<A> argumentsType;

    protected AssistantTool(Class<A> argumentsType) {
        this.argumentsType = argumentsType;
    }

    /** The name the model calls it by (snake case, stable: steps stored with replies name it). */
    public abstract String name();

    /** What it does and when to use it, for the model. */
    protected abstract String description();

    /** The JSON schema of its arguments, for the model. */
    protected abstract ObjectNode parameters();

    protected abstract ToolResult call(ToolScope scope, A arguments);

    public ToolDefinition definition() {
        return new ToolDefinition(name(), description(), parameters());
    }

    /** Runs one call; refusals come back as a failed step with the reason for the model. */
    public final ToolResult run(ToolScope scope, String argumentsJson) {
        A arguments;
        try {
            String json = argumentsJson.isBlank() ? "{}" : argumentsJson;
            arguments = ToolJson.MAPPER.readValue(json, argumentsType);
        } catch (JacksonException e) {
            // A record's constructor refusing its arguments reaches here wrapped by Jackson.
            return failed(
                    e.getCause() instanceof ToolArgumentException invalid
                            ? invalid.getMessage()
                            : "invalid arguments: " + e.getOriginalMessage());
        } catch (ToolArgumentException e) {
            return failed(e.getMessage());
        }
        try {
            return call(scope, arguments);
        } catch (ToolArgumentException | DomainException e) {
            return failed(e.getMessage());
        }
    }

    protected ToolResult failed(String reason) {
        ObjectNode output = ToolJson.object().put("ok", false).put("error", reason);
        return new ToolResult(output, Step.failed(name(), reason));
    }
}
