package io.vectort.generation.starter;

import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import java.time.Duration;

// TEMPORARY STUB until the starter branch is merged.
public class StarterCodeGenerator implements CodeGenerator {
    public StarterCodeGenerator(Duration chunkDelay, int chunkSize) {}

    @Override
    public GeneratorIdentity identity() {
        return new GeneratorIdentity("offline-starter", "starter", "Offline starter (not AI)");
    }

    @Override
    public GenerationReport generate(CodeRequest request, CodeStream stream) {
        throw new UnsupportedOperationException();
    }
}
