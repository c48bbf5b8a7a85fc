package io.vectort.generation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.shared.InvalidRequestException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generators are told apart by kind, whatever order the container lists them in. */
class GeneratorSelectorTest {

    private final Generator starter = new Generator(GeneratorIdentity.STARTER, true, Set.of("starter"));
    private final Generator ai = new Generator(GeneratorIdentity.AI, true, Set.of("gpt-test", "starter"));
    private final Generator offlineAi = new Generator(GeneratorIdentity.AI, false, Set.of("gpt-test"));

    @Test
    void theDefaultIsTheAiWhenOneIsAvailableAndTheStarterOtherwiseInAnyOrder() {
        assertThat(selector("auto", ai, starter).forRequest(Optional.empty())).isSameAs(ai);
        assertThat(selector("auto", starter, ai).forRequest(Optional.empty())).isSameAs(ai);
        assertThat(selector("auto", offlineAi, starter).forRequest(Optional.empty()))
                .isSameAs(starter);
        assertThat(selector("starter", ai, starter).forRequest(Optional.empty()))
                .isSameAs(starter);
    }

    @Test
    void theStarterAnswersForItsOwnModelNamesEvenWhenListedLast() {
        assertThat(selector("auto", ai, starter).forRequest(Optional.of("starter")))
                .isSameAs(starter);
        assertThat(selector("auto", ai, starter).forRequest(Optional.of("gpt-test")))
                .isSameAs(ai);
    }

    @Test
    void anAiDefaultWithoutAProviderAndAnUnknownModelAreRequestErrors() {
        assertThatThrownBy(() -> selector("llm", offlineAi, starter).forRequest(Optional.empty()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no AI provider");
        assertThatThrownBy(() -> selector("auto", starter, ai).forRequest(Optional.of("nope")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void withoutTheStarterTheServerDoesNotStart() {
        assertThatThrownBy(() -> selector("auto", ai))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("offline starter");
    }

    private static GeneratorSelector selector(String defaultGenerator, CodeGenerator... generators) {
        GenerationProperties properties = new GenerationProperties(
                Duration.ofMinutes(10),
                5000,
                Duration.ofMillis(100),
                8192,
                Duration.ofSeconds(1),
                new GenerationProperties.Limits(1 << 20, 10 << 20, 1000),
                defaultGenerator,
                Duration.ofDays(90));
        return new GeneratorSelector(List.of(generators), properties);
    }

    private record Generator(String kind, boolean available, Set<String> models) implements CodeGenerator {
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
            throw new UnsupportedOperationException();
        }
    }
}
