package io.vectort.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    @Test
    void tokensCarry256RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.generate();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(InvitationTokens.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyTheShapeOfAGeneratedTokenIsLookedUp() {
        assertThat(InvitationTokens.wellFormed("")).isFalse();
        assertThat(InvitationTokens.wellFormed("short")).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(44))).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(42) + "/")).isFalse();
    }

    @Test
    void theStoredHashIsTheSha256OfTheToken() {
        String token = InvitationTokens.generate();
        assertThat(InvitationTokens.hash(token)).hasSize(32).isEqualTo(InvitationTokens.hash(token));
        assertThat(InvitationTokens.hash(token)).isNotEqualTo(InvitationTokens.hash(InvitationTokens.generate()));
    }

    @Test
    void aMismatchNamesTheInvitedAddressOnlyPartly() {
        assertThat(InvitationEmailMismatchException.masked("ana@acme.test")).isEqualTo("a***@acme.test");
        assertThat(InvitationEmailMismatchException.masked("b@x.io")).isEqualTo("b***@x.io");
        assertThat(InvitationEmailMismatchException.masked("émile@acme.test")).isEqualTo("é***@acme.test");
        assertThat(new InvitationEmailMismatchException("ana@acme.test").getMessage())
                .contains("a***@acme.test")
                .doesNotContain("ana@");
    }
}
