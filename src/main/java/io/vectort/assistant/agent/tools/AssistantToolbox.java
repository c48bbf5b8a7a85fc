package io.vectort.assistant.agent.tools;

import io.vectort.providers.ToolCall;
import io.vectort.providers.ToolDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every tool the agent offers, by name. */
@Component
public class AssistantToolbox {

    private final Map<String, AssistantTool<?>> tools = new LinkedHashMap<>();

    AssistantToolbox(List<AssistantTool<?>> all) {
        for (AssistantTool<?> tool : all) {
            if (tools.put(tool.name(), tool) != null) {
                throw new IllegalStateException("two Assistant tools are named " + tool.name());
            }
        }
    }

    public List<ToolDefinition> definitions() {
        return tools.values().stream().map(AssistantTool::definition).toList();
    }

    public List<String> names() {
        return List.copyOf(tools.keySet());
    }

    /** Runs a call the model made; a tool it made up is a failed step, not an error. */
    public ToolResult run(ToolScope scope, ToolCall call) {
        AssistantTool<?> tool = tools.get(call.name());
        if (tool == null) {
            String reason = "no tool is named " + call.name();
            return new ToolResult(
                    ToolJson.object().put("ok", false).put("error", reason), Step.failed(call.name(), reason));
        }
        return tool.run(scope, call.argumentsJson());
    }
}
