package io.vectort.generation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class AppTypeInferenceTest {

    record Case(String language, String expected, String description) {}

    @TestFactory
    List<DynamicTest> everyDescriptionOfTheCorpusGetsTheTypeItAsksFor() throws IOException {
        return corpus().stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.language() + ": " + c.description(),
                        () -> assertThat(AppTypeInference.infer(c.description()).appType())
                                .as(c.description())
                                .isEqualTo(c.expected())))
                .toList();
    }

    @Test
    void theCorpusCoversEveryTypeInEveryLanguageOfTheUi() throws IOException {
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
        Map<String, Long> perLanguage =
                corpus.stream().collect(Collectors.groupingBy(Case::language, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("en", "fr", "es", "de", "it", "pt", "nl");
        assertThat(perLanguage.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        for (String language : perLanguage.keySet()) {
            assertThat(corpus.stream()
                            .filter(c -> c.language().equals(language))
                            .map(Case::expected))
                    .as(language)
                    .contains("todo", "blog", "landing", "dashboard");
        }
    }

    @Test
    void theReasonQuotesTheWordsAsThePersonWroteThem() {
        assertThat(AppTypeInference.infer("Une liste de tâches pour mes révisions")
                        .reason())
                .isEqualTo(ChoiceReason.described("liste de tâches"));
        assertThat(AppTypeInference.infer("Site vitrine pour mon salon").reason())
                .isEqualTo(ChoiceReason.described("Site vitrine"));
        assertThat(AppTypeInference.infer("Ein Reiseblog mit Beiträgen").reason())
                .isEqualTo(ChoiceReason.described("Reiseblog"));
        assertThat(AppTypeInference.infer("An inventory tracker for my bike parts")
                        .reason())
                .isEqualTo(ChoiceReason.described("inventory"));
    }

    @Test
    void aDescriptionThatNamesNoKindGetsADashboardOfWhatItDescribes() {
        AppTypeInference.Inferred inferred = AppTypeInference.infer("Vet clinic: pets, owners and visits");
        assertThat(inferred.appType()).isEqualTo("dashboard");
        assertThat(inferred.reason()).isEqualTo(ChoiceReason.DEFAULT);
        assertThat(inferred.reason().evidence()).isEqualTo(Optional.empty());
    }

    @Test
    void onATieTheKindNamedFirstWins() {
        assertThat(AppTypeInference.infer("Gestion des articles de mon magasin").appType())
                .isEqualTo("dashboard");
        assertThat(AppTypeInference.infer("Articles about cycling, with an admin")
                        .appType())
                .isEqualTo("blog");
        assertThat(AppTypeInference.infer("Task tracker for the team").appType())
                .isEqualTo("todo");
    }

    @Test
    void compoundsCountOnlyForHeadsThatCannotEndAnotherWord() {
        assertThat(AppTypeInference.infer("Help me determine the best route").appType())
                .isEqualTo("dashboard");
        assertThat(AppTypeInference.infer("Help me determine the best route").reason())
                .isEqualTo(ChoiceReason.DEFAULT);
        assertThat(AppTypeInference.infer("Boodschappenlijst").appType()).isEqualTo("todo");
    }

    private static List<Case> corpus() throws IOException {
        try (InputStream in = AppTypeInferenceTest.class.getResourceAsStream("/catalog/descriptions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    // further columns (the starter's expected entities) belong to StarterEntityCorpusTest
                    .map(line -> line.split("\t"))
                    .map(parts -> new Case(parts[0], parts[1], parts[2]))
                    .toList();
        }
    }
}
