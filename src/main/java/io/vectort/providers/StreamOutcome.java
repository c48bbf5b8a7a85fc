package io.vectort.providers;

/**
 * How a stream ended, once it ended normally.
 *
 * @param id the provider's response id
 * @param model the model that answered
 * @param finishReason OpenAI vocabulary
 * @param usage as reported by the provider, or {@link Usage#NONE} when it reported nothing (the
 *     gateway then counts locally)
 */
public record StreamOutcome(String id, String model, String finishReason, Usage usage) {}
