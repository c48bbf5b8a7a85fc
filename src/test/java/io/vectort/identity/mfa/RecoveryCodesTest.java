package io.vectort.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void makesTenDistinctCodesThatAreNeverMistakenForATotpCode() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10);
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes)
                .allMatch(code -> code.matches("[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}"));
        assertThat(codes).noneMatch(Totp::looksLikeCode);
    }

    @Test
    void ignoresCaseSpacesAndDashesWhenHashing() {
        UUID user = UUID.randomUUID();
        String hash = RecoveryCodes.hash(user, "abcd-efgh-jkmn");
        assertThat(RecoveryCodes.hash(user, " ABCD efgh JKMN ")).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(user, "abcdefghjkmn")).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(user, "abcd-efgh-jkmp")).isNotEqualTo(hash);
        assertThat(RecoveryCodes.hash(UUID.randomUUID(), "abcd-efgh-jkmn")).isNotEqualTo(hash);
    }
}
