package io.vectort.assistant.agent.tools;

import tools.jackson.databind.JsonNode;

/** What the model reads back from a call ({@code output}, as JSON) and what the user sees. */
public record ToolResult(JsonNode output, Step step) {}
