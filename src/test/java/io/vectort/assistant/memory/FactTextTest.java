package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTextTest {

    @Test
    void factsAreTrimmedWithTheirWhitespaceCollapsed() {
        assertThat(FactText.validFact("fact", "  my sister\n\tis   Léa ")).isEqualTo("my sister is Léa");
    }

    @Test
    void refusesEmptyTooLongAndControlCharacters() {
        assertThatThrownBy(() -> FactText.validFact("fact", "   "))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("fact");
        assertThatThrownBy(() -> FactText.validFact("fact", "x".repeat(FactText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> FactText.validFact("fact", "bell\u0007")).isInstanceOf(InvalidRequestException.class);
        assertThat(FactText.validFact("fact", "é".repeat(FactText.MAX_LENGTH))).hasSize(FactText.MAX_LENGTH);
        for (String invisible : new String[] {"\u202e", "\u200b\u200d", "\u0301", "\ufffd", "\ue000"}) {
            assertThatThrownBy(() -> FactText.validFact("fact", invisible))
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e)
                                    .violations()
                                    .get(0)
                                    .code())
                            .isEqualTo("nothing-visible"));
        }
        assertThat(FactText.validFact("fact", "\u202eLéa")).isEqualTo("\u202eLéa");
    }

    @Test
    void foldingRemovesCaseAndAccents() {
        assertThat(FactText.folded("Léa aime les CRÊPES à Noël")).isEqualTo("lea aime les crepes a noel");
    }

    @Test
    void queryTermsDropEnglishAndFrenchStopWordsAndPunctuation() {
        assertThat(FactText.queryTerms("Who is my sister?")).isEqualTo(List.of("sister"));
        assertThat(FactText.queryTerms("Qui est ma sœur ? C'est Léa"))
                .contains("sœur", "lea")
                .doesNotContain("ma", "est");
        assertThat(FactText.queryTerms("the and of")).isEmpty();
    }

    @Test
    void wordCharactersAreWhatQueryTermsAreMadeOf() {
        for (String word : List.of("lea", "2026", "x²", "ⅻ", "日本")) {
            assertThat(word.codePoints().allMatch(FactText::isWordCharacter))
                    .as(word)
                    .isTrue();
            assertThat(FactText.queryTerms(word)).as(word).containsExactly(FactText.folded(word));
        }
        for (String separator : List.of("-", "_", "'", " ", "@", ".", "\u00a0")) {
            assertThat(FactText.isWordCharacter(separator.codePointAt(0)))
                    .as(separator)
                    .isFalse();
            assertThat(FactText.queryTerms("night" + separator + "shift")).containsExactly("night", "shift");
        }
    }

    @Test
    void tsqueryExpressionsQuoteEveryTermAndMatchLongOnesAsPrefixes() {
        assertThat(FactText.allOf(List.of("sister", "lea"))).isEqualTo("'sister':* & 'lea'");
        assertThat(FactText.allOf(List.of("night", "shifts"))).isEqualTo("'night':* & 'shifts':*");
    }
}
