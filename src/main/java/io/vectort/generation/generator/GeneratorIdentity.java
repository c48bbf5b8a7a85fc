package io.vectort.generation.generator;

/**
 * @param id stable identifier, also the {@code provider} metric label ({@code offline-starter})
 * @param kind {@code starter} for the deterministic offline generator, {@code llm} for AI models
 * @param label what the UI shows ({@code Offline starter (not AI)})
 */
public record GeneratorIdentity(String id, String kind, String label) {}
