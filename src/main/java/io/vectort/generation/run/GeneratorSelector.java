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

    GeneratorSelector(List<CodeGenerator> generators) {
        if (generators.isEmpty()) {
            throw new IllegalStateException("no code generator is registered");
        }
        this.generators = generators;
    }

    CodeGenerator forRequest(Optional<String> model) {
        if (model.isEmpty()) {
            return generators.stream()
                    .filter(g -> g.identity().kind().equals("llm") && g.available())
                    .findFirst()
                    .orElse(generators.get(0));
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
