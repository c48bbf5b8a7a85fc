package io.vectort.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "two\nlines", "tab\tand\r\nCRLF", "émoji 🚲", "日本語"})
    void acceptsPrintableTextAndLineBreaks(String text) {
        assertThat(Text.hasForbiddenControlCharacters(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "escape\u001b[31m", "bell\u0007", "c1\u0085", "del\u007f"})
    void refusesControlCharacters(String text) {
        assertThat(Text.hasForbiddenControlCharacters(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"🚲🚲", "éé"})
    void countsCharactersNotUtf16Units(String text) {
        assertThat(Text.lengthInCodePoints(text)).isEqualTo(2);
    }

    @org.junit.jupiter.api.Test
    void cutsPiecesWithoutSplittingASurrogatePair() {
        String text = "ab🚲cd"; // the bicycle is two chars, at 2 and 3
        org.assertj.core.api.Assertions.assertThat(Text.pieceEnd(text, 0, 3)).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThat(Text.pieceEnd(text, 0, 2)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(Text.pieceEnd(text, 4, 10)).isEqualTo(6);
    }
}
