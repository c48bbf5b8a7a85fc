package io.vectort.generation.run;

import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.shared.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Picks the generator for a request: the one that answers for the requested model, or the default
 * — an AI generator when one is configured, the offline starter otherwise. Generators register
 * themselves (each feature owns its wiring) and are told apart by their kind, never by the order
 * the container lists them in.
 */
@Component
class GeneratorSelector {

    private final List<CodeGenerator> generators;
    private final CodeGenerator starter;
    private final String defaultGenerator;

    GeneratorSelector(List<CodeGenerator> generators, GenerationProperties properties) {
        this.generators = List.copyOf(generators);
        this.starter = generators.stream()
                .filter(g -> g.identity().isStarter())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the offline starter generator is not registered"));
        this.defaultGenerator = properties.defaultGenerator();
    }

    CodeGenerator forRequest(Optional<String> model) {
        if (model.isEmpty()) {
            Optional<CodeGenerator> ai = generators.stream()
                    .filter(g -> g.identity().isAi() && g.available())
                    .findFirst();
            return switch (defaultGenerator) {
                case GeneratorIdentity.STARTER -> starter;
                case GeneratorIdentity.AI ->
                    ai.orElseThrow(() -> new InvalidRequestException(
                            "model", "no-ai-provider", "no AI provider is configured on this server"));
                default -> ai.orElse(starter);
            };
        }
        // The starter first: its model names ("starter") must never be taken by a gateway alias.
        return Stream.concat(Stream.of(starter), generators.stream().filter(g -> g != starter))
                .filter(g -> g.available() && g.supportsModel(model.get()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "model", "unknown-model", "no configured generator serves model \"" + model.get() + "\""));
    }

    Optional<CodeGenerator> byId(String generatorId) {
        return generators.stream()
                .filter(g -> g.identity().id().equals(generatorId))
                .findFirst();
    }
}
