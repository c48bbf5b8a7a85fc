package io.vectort.generation.generator;

import java.math.BigDecimal;
import java.util.Optional;

/** Writes a project, or changes to one, as generation-protocol text streamed in chunks. */
public interface CodeGenerator {

    /** Who this generator is, as shown to users (the offline starter is labelled as not AI). */
    GeneratorIdentity identity();

    /**
     * True when this generator answers for {@code model} (a model name or alias a user may put in
     * a request). Requests without a model go to the default generator.
     */
    default boolean supportsModel(String model) {
        return false;
    }

    /**
     * The most a generation could cost, held from the owner's credits when it is submitted and
     * settled on real usage when it ends. Free generators (the offline starter) cost nothing.
     *
     * @param contextCharacters how much of the current project a follow-up would send
     */
    default BigDecimal estimateMaxCostUsd(Optional<String> model, String description, int contextCharacters) {
        return BigDecimal.ZERO;
    }

    /**
     * The version of the prompts this generator sends, part of the response-cache key so that a
     * prompt change never replays answers to the old prompts; empty for generators whose output is
     * not worth caching (the offline starter is instant and free).
     */
    default Optional<String> cacheVersion() {
        return Optional.empty();
    }

    /** False when the generator cannot work now (e.g. no AI provider is configured). */
    default boolean available() {
        return true;
    }

    /**
     * Streams protocol text for {@code request} into {@code stream}, ending with the end marker.
     * Implementations stop early, without error, when {@link CodeStream#cancelled()} turns true.
     *
     * @throws CodeGenerationException when the generator fails; {@code retryable} says whether the
     *     same request may succeed later
     * @throws InterruptedException when the worker thread is interrupted
     */
    GenerationReport generate(CodeRequest request, CodeStream stream) throws InterruptedException;
}
