package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.Phrasebook;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dark mode and accent colours asked for the way people write them, in the seven languages. */
class FeaturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Add a dark mode and make the accent green           | true  | green
            passe en mode sombre et mets l'accent en vert stp   | true  | green
            ajoute un thème sombre, couleur bleue               | true  | blue
            pon el modo oscuro y el color rojo                  | true  | red
            bitte Dunkelmodus und Akzentfarbe Grün              | true  | green
            einen dunklen Modus in Blau                         | true  | blue
            aggiungi la modalità scura, colore viola            | true  | violet
            coloca o modo escuro e a cor roxa                   | true  | purple
            voeg een donkere modus toe, in het oranje           | true  | orange
            enlève le mode sombre                               | false |
            sin modo oscuro por favor                           | false |
            ohne Dunkelmodus                                    | false |
            senza tema scuro                                    | false |
            sem o modo escuro                                   | false |
            geen donkere modus                                  | false |
            Remove the dark mode                                | false |
            mets tout en noir                                   |       | black
            """)
    void readsTheThemeInEveryLanguage(String prompt, Boolean dark, String colour) {
        Features features = Features.in(prompt);

        assertThat(features.darkMode()).isEqualTo(Optional.ofNullable(dark));
        assertThat(features.accent().map(a -> a.name())).isEqualTo(Optional.ofNullable(colour));
    }

    @Test
    void theLastColourNamedWinsAndWordsThatOnlyContainOneDoNot() {
        assertThat(Features.in("d'abord en rouge, finalement en vert")
                        .accent()
                        .orElseThrow()
                        .name())
                .isEqualTo("green");
        // "vertical", "Rotation", "blues" hold colour names but are other words.
        assertThat(Features.in("un menu vertical, une Rotation des stocks, des blues")
                        .accent())
                .isEmpty();
    }

    @Test
    void everyColourHasANameInEveryLanguageForTheTurnSummary() {
        for (String language : List.of("en", "fr", "es", "de", "it", "pt", "nl")) {
            Phrasebook words = Phrasebook.of(language);
            assertThat(Features.colours())
                    .allSatisfy(
                            colour -> assertThat(words.word("colour." + colour)).isNotBlank());
        }
        assertThat(Phrasebook.of("fr").word("colour.green")).isEqualTo("vert");
    }

    @Test
    void themePhrasesNameNoRecord() {
        assertThat(Features.withoutThemePhrases("ajoute le mode sombre et le mode clair")
                        .strip())
                .isEqualTo("ajoute le   et le");
        assertThat(Features.withoutThemePhrases("Dunkelmodus für die Termine")).isEqualTo("  für die Termine");
    }
}
