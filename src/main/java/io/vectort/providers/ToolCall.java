package io.vectort.providers;

/**
 * A tool call made by the model.
 *
 * @param id the call's id (providers without ids get a generated one)
 * @param name the tool's name
 * @param argumentsJson the arguments as a JSON object, in text
 */
public record ToolCall(String id, String name, String argumentsJson) {}
