package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InflectorTest {

    @ParameterizedTest
    @CsvSource({
        "parts, part",
        "categories, category",
        "boxes, box",
        "people, person",
        "classes, class",
        "addresses, address",
        "statuses, status",
        "expenses, expense",
        "courses, course",
        "warehouses, warehouse",
        "batches, batch",
        "knives, knife",
        "movies, movie",
        "potatoes, potato",
        "shoes, shoe",
        "quizzes, quiz",
        "children, child"
    })
    void singularisesPlurals(String plural, String singular) {
        assertThat(Inflector.isPlural(plural)).isTrue();
        assertThat(Inflector.singular(plural)).isEqualTo(singular);
        assertThat(Inflector.plural(singular)).isEqualTo(plural);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "business", "analysis", "series", "news", "inventory", "gas", "part"})
    void knowsWordsThatAreNotPlurals(String word) {
        assertThat(Inflector.isPlural(word)).isFalse();
        assertThat(Inflector.singular(word)).isEqualTo(word);
    }
}
