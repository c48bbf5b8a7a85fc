package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.Phrasebook;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language's phrasebook has every word, translated, with its accents intact. */
class PhrasebookTest {

    @ParameterizedTest
    @EnumSource(ForeignLanguage.class)
    void holdsEveryKeyOfTheEnglishPhrasebook(ForeignLanguage language) {
        Properties english = Phrasebook.of("en").all();
        Properties words = Phrasebook.of(language.code()).all();

        assertThat(words.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        // Words go into HTML text and double-quoted JavaScript strings as they are.
        assertThat(words.values())
                .allSatisfy(
                        word -> assertThat(((String) word).replace("{0}", "").replace("{1}", ""))
                                .isNotBlank()
                                .doesNotContainPattern("[\"`<>{}$\\\\]"));
    }

    @Test
    void readsAccentsAsUtf8() {
        assertThat(Phrasebook.of("fr").word("tasks")).isEqualTo("tâches");
        assertThat(Phrasebook.of("de").word("posts")).isEqualTo("Beiträge");
    }
}
