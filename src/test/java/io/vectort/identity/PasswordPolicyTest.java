package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.shared.FieldViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String refusal(String password, String email) {
        return policy.check(password, email).map(FieldViolation::code).orElse("accepted");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(refusal("password", "ada@example.com")).isEqualTo("common-password");
        assertThat(refusal("Qwertyuiop", "ada@example.com")).isEqualTo("common-password");
        assertThat(refusal("iloveyou", "ada@example.com")).isEqualTo("common-password");
    }

    @Test
    void refusesLengthsOutsideTheRange() {
        assertThat(refusal("Zq7#", "ada@example.com")).isEqualTo("invalid-length");
        assertThat(refusal("x".repeat(129), "ada@example.com")).isEqualTo("invalid-length");
    }

    @Test
    void refusesLongButGuessablePasswords() {
        assertThat(refusal("aaaaaaaaaaaaaaaa", "ada@example.com")).isEqualTo("weak-password");
        assertThat(refusal("adalovelace1234", "adalovelace@example.com")).isEqualTo("weak-password");
    }

    @Test
    void shortPasswordsMustBeStrong() {
        assertThat(refusal("sunshine7", "ada@example.com")).isNotEqualTo("accepted");
        assertThat(refusal("k8#Vq!2wZr", "ada@example.com")).isEqualTo("accepted");
    }

    @Test
    void acceptsLongPassphrases() {
        assertThat(refusal("correct horse battery staple", "ada@example.com")).isEqualTo("accepted");
        assertThat(refusal("long enough password", "ada@example.com")).isEqualTo("accepted");
    }
}
