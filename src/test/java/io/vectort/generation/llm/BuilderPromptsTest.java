package io.vectort.generation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.generator.CodeRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuilderPromptsTest {

    @Test
    void theApplicationTypeIsAHintTheUsersWordsOverride() {
        CodeRequest request = new CodeRequest(
                "Une carte de mes randonnées avec les sommets", "react", "todo", Optional.empty(), List.of(), Map.of());

        String prompt = BuilderPrompts.firstTurn(request, BuilderCatalog.REACT, BuilderCatalog.TODO);

        assertThat(prompt)
                .contains("Framework: React + Vite")
                .contains("Suggested kind of app: Todo list")
                .contains("This is a hint, not a template")
                .contains("Keep the user's language")
                .endsWith("Une carte de mes randonnées avec les sommets\n");
        assertThat(prompt).doesNotContain("Kind of app: Todo list (");
    }
}
