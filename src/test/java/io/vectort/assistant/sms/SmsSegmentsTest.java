package io.vectort.assistant.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void plainEnglishIsGsm7With160CharactersInOneSegment() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(SmsSegments.Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.of("a".repeat(161)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(306)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).count()).isEqualTo(3);
    }

    @Test
    void extensionCharactersTakeTwoSeptets() {
        SmsSegments euros = SmsSegments.of("€".repeat(80));
        assertThat(euros.encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        assertThat(euros.units()).isEqualTo(160);
        assertThat(euros.count()).isEqualTo(1);
        assertThat(SmsSegments.of("€".repeat(81)).count()).isEqualTo(2);
    }

    @Test
    void frenchAccentsOutsideGsm7MakeTheWholeTextUcs2() {
        assertThat(SmsSegments.of("café à l'école").encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        SmsSegments hat = SmsSegments.of("fenêtre" + "a".repeat(63));
        assertThat(hat.encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(hat.count()).isEqualTo(1);
        assertThat(SmsSegments.of("fenêtre" + "a".repeat(64)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("ê".repeat(134)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("ê".repeat(135)).count()).isEqualTo(3);
    }

    @Test
    void anEmojiCountsItsTwoUtf16Units() {
        SmsSegments smile = SmsSegments.of("ok 😀");
        assertThat(smile.encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(smile.units()).isEqualTo(5);
    }

    @Test
    void typographyAndAccentsGsm7LacksAreFoldedToLookAlikes() {
        assertThat(SmsSegments.gsmFriendly("Added: buy milk\n— Simple commands, no AI"))
                .isEqualTo("Added: buy milk\n- Simple commands, no AI");
        assertThat(SmsSegments.gsmFriendly("« fenêtre » d’hôtel… ça œuvre"))
                .isEqualTo("\" fenetre \" d'hotel... ca oeuvre");
        assertThat(SmsSegments.gsmFriendly("été à Léa, 5 €")).isEqualTo("été à Léa, 5 €");
        assertThat(SmsSegments.gsmFriendly("ok 😀")).isEqualTo("ok 😀");
        assertThat(SmsSegments.of(SmsSegments.gsmFriendly("Rappel : arroser les plantes — à 8h, fenêtre"))
                        .encoding())
                .isEqualTo(SmsSegments.Encoding.GSM_7);
    }

    @Test
    void emptyTextIsStillOneSegment() {
        assertThat(SmsSegments.of("").count()).isEqualTo(1);
    }
}
