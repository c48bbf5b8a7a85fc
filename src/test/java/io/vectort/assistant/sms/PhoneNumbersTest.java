package io.vectort.assistant.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void nationalFormatsAreReadInTheGivenCountry() {
        assertThat(PhoneNumbers.e164("06 12 34 56 78", "FR")).isEqualTo("+33612345678");
        assertThat(PhoneNumbers.e164("(415) 555-2671", "us")).isEqualTo("+14155552671");
        assertThat(PhoneNumbers.e164("+44 7911 123456", "FR")).isEqualTo("+447911123456");
    }

    @Test
    void somethingThatCannotBeANumberIsRefused() {
        assertThatThrownBy(() -> PhoneNumbers.e164("12", "FR")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PhoneNumbers.e164("call me", "US")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PhoneNumbers.e164(null, "US")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aNumberKnowsItsCountry() {
        assertThat(PhoneNumbers.country("+33612345678")).contains("FR");
        assertThat(PhoneNumbers.country("+14155552671")).contains("US");
    }

    @Test
    void webhookNumbersMustBeE164() {
        assertThat(PhoneNumbers.isE164("+15005550006")).isTrue();
        assertThat(PhoneNumbers.isE164("15005550006")).isFalse();
        assertThat(PhoneNumbers.isE164("+1 500")).isFalse();
    }
}
