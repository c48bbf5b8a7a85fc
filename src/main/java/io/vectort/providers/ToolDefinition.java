package io.vectort.providers;

import tools.jackson.databind.JsonNode;

/** A tool the model may call: a name, what it does, and its parameters as a JSON Schema object. */
public record ToolDefinition(String name, String description, JsonNode parametersSchema) {}
