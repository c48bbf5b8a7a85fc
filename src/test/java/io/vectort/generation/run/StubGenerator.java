package io.vectort.generation.run;

import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import java.time.Duration;
import java.util.Set;

/**
 * A generator of a given kind that answers for a fixed set of model names, as configured
 * deployments do, for tests of what picks and labels generators; it never generates.
 */
record StubGenerator(String kind, boolean available, Set<String> models) implements CodeGenerator {

    @Override
    public GeneratorIdentity identity() {
        return new GeneratorIdentity(kind + "-" + available, kind, kind);
    }

    @Override
    public boolean supportsModel(String model) {
        return models.contains(model);
    }

    @Override
    public GenerationReport generate(CodeRequest request, CodeStream stream) {
        throw new UnsupportedOperationException("a stub generator only answers which models it serves");
    }

    /** The generation settings of the defaults, with {@code defaultGenerator} and the description limit. */
    static GenerationProperties properties(String defaultGenerator, int maxDescriptionLength) {
        return new GenerationProperties(
                Duration.ofMinutes(10),
                maxDescriptionLength,
                Duration.ofMillis(100),
                8192,
                Duration.ofSeconds(1),
                new GenerationProperties.Limits(1 << 20, 10 << 20, 1000),
                defaultGenerator,
                Duration.ofDays(90));
    }
}
