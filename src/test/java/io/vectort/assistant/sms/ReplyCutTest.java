package io.vectort.assistant.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyCutTest {

    private static final String MORE = " (reply MORE)";

    @Test
    void aShortAnswerIsSentWhole() {
        ReplyCut cut = ReplyCut.of("  Done: call the dentist.  ", 3, MORE);
        assertThat(cut.head()).isEqualTo("Done: call the dentist.");
        assertThat(cut.rest()).isEmpty();
    }

    @Test
    void aLongAnswerIsCutAtTheLastSentenceThatFitsWithTheNote() {
        String first = "First sentence is here. ".repeat(6).strip(); // 143 characters
        String text = first + " " + "Second part goes on and on without a stop for a while";
        ReplyCut cut = ReplyCut.of(text, 1, MORE);
        assertThat(cut.head()).isEqualTo(first + MORE);
        assertThat(SmsSegments.of(cut.head()).count()).isEqualTo(1);
        assertThat(cut.rest()).contains("Second part goes on and on without a stop for a while");
    }

    @Test
    void oneLongSentenceIsCutAtAWord() {
        String text = "word ".repeat(100).strip();
        ReplyCut cut = ReplyCut.of(text, 1, MORE);
        assertThat(cut.head()).endsWith("word" + MORE);
        assertThat(SmsSegments.of(cut.head()).count()).isEqualTo(1);
        assertThat((cut.head().length() - MORE.length())
                        + 1
                        + cut.rest().orElseThrow().length())
                .isEqualTo(text.length());
    }

    @Test
    void theRestIsAllThatWasCut() {
        String text = "A. ".repeat(200).strip();
        ReplyCut cut = ReplyCut.of(text, 2, MORE);
        String head = cut.head().substring(0, cut.head().length() - MORE.length());
        assertThat(head + " " + cut.rest().orElseThrow()).isEqualTo(text);
        assertThat(SmsSegments.of(cut.head()).count()).isLessThanOrEqualTo(2);
    }
}
