package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language's phrasebook has every word, translated, with its accents intact. */
class PhrasebookTest {

    @ParameterizedTest
    @EnumSource(ForeignLanguage.class)
    void holdsEveryKeyOfTheEnglishPhrasebook(ForeignLanguage language) {
        Properties english = Phrasebook.of(ForeignLanguage.ENGLISH).all();
        Properties words = Phrasebook.of(language).all();

        assertThat(words.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(words.values()).allSatisfy(word -> assertThat((String) word).isNotBlank());
    }

    @Test
    void readsAccentsAsUtf8() {
        assertThat(Phrasebook.of(ForeignLanguage.FRENCH).word("tasks")).isEqualTo("tâches");
        assertThat(Phrasebook.of(ForeignLanguage.GERMAN).word("posts")).isEqualTo("Beiträge");
    }
}
