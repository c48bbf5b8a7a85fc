package io.vectort.assistant.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsKeywordTest {

    @ParameterizedTest
    @CsvSource({
        "STOP,STOP",
        "stop,STOP",
        "Stop.,STOP",
        "STOPALL,STOP",
        "UNSUBSCRIBE,STOP",
        "CANCEL,STOP",
        "END,STOP",
        "QUIT,STOP",
        "ARRET,STOP",
        "arrêt,STOP",
        "  Arrêt !,STOP",
        "START,START",
        "unstop,START",
        "HELP,HELP",
        "help?,HELP",
        "INFO,HELP",
        "aide,HELP",
        "MORE,MORE",
        "more,MORE",
        "SUITE,MORE",
        "plus,MORE"
    })
    void aWholeTextThatIsAKeywordIsThatKeyword(String text, SmsKeyword keyword) {
        assertThat(SmsKeyword.of(text)).contains(keyword);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"stop reminding me about the plants", "please help me", "plus tard", "done", "snooze 10", ""})
    void aKeywordInsideASentenceIsNotOne(String text) {
        assertThat(SmsKeyword.of(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARRET", "arrêt", "aide", "Suite"})
    void frenchKeywordsAreAnsweredInFrench(String text) {
        assertThat(SmsKeyword.french(text)).isTrue();
    }
}
