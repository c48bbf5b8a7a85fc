package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The entities the offline starter infers for every description of the catalog corpus
 * ({@code catalog/descriptions.tsv}, in the seven UI languages), checked by code name and display
 * words for the corpus row's type. A failure lists every wrong row at once, so one run shows the
 * whole effect of a rule change.
 */
class StarterEntityCorpusTest {

    private record Row(String language, Archetype archetype, String description, String expected) {}

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    @Test
    void infersTheExpectedEntitiesForEveryCorpusRow() throws IOException {
        List<Row> rows = rows();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            AppSpec spec = analyzer.analyze(List.of(row.description()), row.archetype());
            String actual = spec.entities().stream()
                    .map(StarterEntityCorpusTest::describe)
                    .collect(Collectors.joining(", "));
            if (!actual.equals(row.expected())) {
                wrong.add(row.language() + " " + row.description() + "\n    expected: " + row.expected()
                        + "\n    actual:   " + actual);
            }
        }

        assertThat(wrong)
                .as("%d of %d rows infer other entities:%n%s", wrong.size(), rows.size(), String.join("\n", wrong))
                .isEmpty();
    }

    @Test
    void coversAtLeastAHundredRowsInTheSevenLanguages() throws IOException {
        Map<String, Long> byLanguage =
                rows().stream().collect(Collectors.groupingBy(Row::language, Collectors.counting()));

        assertThat(byLanguage.values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThanOrEqualTo(100);
        assertThat(byLanguage).containsOnlyKeys("en", "fr", "es", "de", "it", "pt", "nl");
        assertThat(byLanguage.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
    }

    private static String describe(Entity entity) {
        return entity.singular() + "=" + entity.displaySingular() + "/" + entity.displayPlural();
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = StarterEntityCorpusTest.class.getResourceAsStream("/catalog/descriptions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(parts -> new Row(
                            parts[0],
                            Arrays.stream(Archetype.values())
                                    .filter(a -> a.id().equals(parts[1]))
                                    .findFirst()
                                    .orElseThrow(),
                            parts[2],
                            parts[3]))
                    .toList();
        }
    }
}
