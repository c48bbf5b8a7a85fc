package io.vectort.generation.run;

import io.vectort.generation.generator.CodeGenerator;
import io.vectort.shared.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Picks the generator for a request: the one that answers for the requested model, or the default
 * — an AI generator when one is configured, the offline starter otherwise.
 */
@Component
class GeneratorSelector {

    private final List<CodeGenerator> generators;
    private final String defaultGenerator;

    GeneratorSelector(List<CodeGenerator> generators, GenerationProperties properties) {
        if (generators.isEmpty()) {
            throw new IllegalStateException("no code generator is registered");
        }
        this.generators = generators;
        this.defaultGenerator = properties.defaultGenerator();
    }

    CodeGenerator forRequest(Optional<String> model) {
        if (model.isEmpty()) {
            Optional<CodeGenerator> ai = generators.stream()
                    .filter(g -> g.identity().kind().equals("llm") && g.available())
                    .findFirst();
            return switch (defaultGenerator) {
                case "starter" -> generators.get(0);
                case "llm" ->
                    ai.orElseThrow(() -> new InvalidRequestException(
                            "model", "no-ai-provider", "no AI provider is configured on this server"));
                default -> ai.orElse(generators.get(0));
            };
        }

        return generators.stream()
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
