package io.vectort.generation.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GeneratorIdentityTest {

    @Test
    void itsKindSaysWhetherItIsTheStarterOrAnAiAndTheApiShowsOnlyIdKindAndLabel() {
        GeneratorIdentity starter = new GeneratorIdentity("offline-starter", GeneratorIdentity.STARTER, "Offline");

        assertThat(starter.isStarter()).isTrue();
        assertThat(starter.isAi()).isFalse();
        assertThat(new GeneratorIdentity("llm", GeneratorIdentity.AI, "AI model").isAi())
                .isTrue();
        assertThat(JsonMapper.builder().build().writeValueAsString(starter))
                .isEqualTo("{\"id\":\"offline-starter\",\"kind\":\"starter\",\"label\":\"Offline\"}");
    }
}
