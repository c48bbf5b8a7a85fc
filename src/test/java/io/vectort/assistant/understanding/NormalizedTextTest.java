package io.vectort.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void foldsCaseAccentsPunctuationAndSpaces() {
        NormalizedText text = NormalizedText.of("  Rappelle-MOI d’arroser   les plantes, à 8h !");

        assertThat(text.text()).isEqualTo("rappelle moi d'arroser les plantes a 8h");
    }

    @Test
    void keepsNumbersWithTheirSeparators() {
        assertThat(NormalizedText.of("at 7:30pm on 12/03, or 9.30").text()).isEqualTo("at 7:30pm on 12/03 or 9.30");
    }

    @Test
    void repairsTyposAndSmsSpellings() {
        assertThat(NormalizedText.of("tmrw 2nite dem1 aprem wednseday tomorrw").text())
                .isEqualTo("tomorrow tonight demain apres midi wednesday tomorrow");
    }

    @Test
    void mapsFoldedRangesBackToTheOriginalText() {
        NormalizedText text = NormalizedText.of("Remind me TMRW to call Léa!");
        String folded = text.text();
        int start = folded.indexOf("call");

        assertThat(text.originalOf(start, folded.length())).isEqualTo("call Léa");
        assertThat(text.originalOf(folded.indexOf("tomorrow"), folded.indexOf("tomorrow") + 8))
                .isEqualTo("TMRW");
    }

    @Test
    void leavesWordsOutsideTheKeywordsAlone() {
        assertThat(Typos.correct("domain")).isEqualTo("domain");
        assertThat(Typos.correct("mari")).isEqualTo("mari");
        assertThat(Typos.correct("sundae")).isEqualTo("sundae");
        assertThat(Typos.correct("vendedi")).isEqualTo("vendredi");
    }

    @Test
    void oneEditMeansOneInsertionDeletionSubstitutionOrSwap() {
        assertThat(Typos.oneEditApart("tomorow", "tomorrow")).isTrue();
        assertThat(Typos.oneEditApart("tomorrrow", "tomorrow")).isTrue();
        assertThat(Typos.oneEditApart("tomorraw", "tomorrow")).isTrue();
        assertThat(Typos.oneEditApart("tomorrwo", "tomorrow")).isTrue();
        assertThat(Typos.oneEditApart("tmorrw", "tomorrow")).isFalse();
        assertThat(Typos.oneEditApart("tomorrow", "tomorrow")).isFalse();
    }
}
