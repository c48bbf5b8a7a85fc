package io.vectort.assistant.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFromTest {

    @Test
    void aShortFirstMessageIsTheTitleAsTyped() {
        assertThat(AssistantConversations.titleFrom("  rappelle-moi d'appeler Léa  "))
                .isEqualTo("rappelle-moi d'appeler Léa");
    }

    @Test
    void aLongOneIsCutAtAWordAndOnlyItsFirstLineCounts() {
        String title = AssistantConversations.titleFrom(
                "I need to sort out the whole flat before my sister arrives next weekend with the kids\nand more");
        assertThat(title).isEqualTo("I need to sort out the whole flat before my sister arrives…");
        assertThat(title.length()).isLessThanOrEqualTo(AssistantConversations.GENERATED_TITLE_LENGTH);
    }

    @Test
    void oneEndlessWordIsCutAnyway() {
        assertThat(AssistantConversations.titleFrom("a".repeat(100)))
                .hasSize(60)
                .endsWith("…");
    }
}
