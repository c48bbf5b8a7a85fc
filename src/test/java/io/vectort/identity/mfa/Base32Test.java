package io.vectort.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base32Test {

    @Test
    void encodesTheRfc4648VectorsWithoutPadding() {
        String[][] vectors = {
            {"", ""},
            {"f", "MY"},
            {"fo", "MZXQ"},
            {"foo", "MZXW6"},
            {"foob", "MZXW6YQ"},
            {"fooba", "MZXW6YTB"},
            {"foobar", "MZXW6YTBOI"}
        };
        for (String[] vector : vectors) {
            byte[] bytes = vector[0].getBytes(StandardCharsets.US_ASCII);
            assertThat(Base32.encode(bytes)).isEqualTo(vector[1]);
            assertThat(Base32.decode(vector[1])).isEqualTo(bytes);
        }
    }

    @Test
    void decodesWhatPeopleTypeAndRoundTripsSecrets() {
        assertThat(Base32.decode("mzxw 6ytb-oi==")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        byte[] secret = Totp.newSecret();
        assertThat(Base32.encode(secret)).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }
}
