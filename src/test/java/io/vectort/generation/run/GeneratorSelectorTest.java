package io.vectort.generation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.shared.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generators are told apart by kind, whatever order the container lists them in. */
class GeneratorSelectorTest {

    private final StubGenerator starter = new StubGenerator(GeneratorIdentity.STARTER, true, Set.of("starter"));
    private final StubGenerator ai = new StubGenerator(GeneratorIdentity.AI, true, Set.of("gpt-test", "starter"));
    private final StubGenerator offlineAi = new StubGenerator(GeneratorIdentity.AI, false, Set.of("gpt-test"));

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
        return new GeneratorSelector(List.of(generators), StubGenerator.properties(defaultGenerator, 5000));
    }
}
