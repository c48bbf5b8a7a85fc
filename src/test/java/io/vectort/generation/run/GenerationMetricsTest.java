package io.vectort.generation.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenerationMetricsTest {

    private final GenerationMetrics metrics = new GenerationMetrics(
            new SimpleMeterRegistry(),
            List.of(
                    new StubGenerator("llm", true, Set.of("gpt-4.1-mini", "builder-openai")),
                    new StubGenerator("starter", true, Set.of("starter-1"))));

    @Test
    void modelsAConfiguredGeneratorAnswersForAreTheirOwnLabel() {
        assertThat(metrics.modelLabel("gpt-4.1-mini")).isEqualTo("gpt-4.1-mini");
        assertThat(metrics.modelLabel("builder-openai")).isEqualTo("builder-openai");
        assertThat(metrics.modelLabel("starter-1")).isEqualTo("starter-1");
        assertThat(metrics.modelLabel("default")).isEqualTo("default");
        assertThat(metrics.modelLabel("cache")).isEqualTo("cache");
    }

    @Test
    void anyOtherNameIsOtherSoTheLabelStaysBounded() {
        assertThat(metrics.modelLabel("gpt-9-preview")).isEqualTo("other");
        assertThat(metrics.modelLabel("0b6f3e0a-5a7e-4a55-9d0e-8a1c3c9b1f2e")).isEqualTo("other");
        assertThat(metrics.modelLabel("")).isEqualTo("other");
    }
}
