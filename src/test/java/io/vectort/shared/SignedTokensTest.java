package io.vectort.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private final Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final SignedTokens tokens = new SignedTokens(HmacSha256.newKey());

    @Test
    void aGenuineTokenGivesBackItsFieldsUntilItExpires() {
        String token = tokens.issue(List.of("a", "b"), now.plus(Duration.ofMinutes(5)));

        assertThat(tokens.verify(token, 2, now)).contains(List.of("a", "b"));
        assertThat(tokens.verify(token, 2, now.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void anAlteredForeignOrMisshapenTokenOpensNothing() {
        String token = tokens.issue(List.of("a", "b"), now.plus(Duration.ofMinutes(5)));
        String payload = token.substring(0, token.indexOf('.'));
        String otherPayload = tokens.issue(List.of("a", "c"), now.plus(Duration.ofMinutes(5)));

        assertThat(tokens.verify(
                        otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(payload.length()),
                        2,
                        now))
                .isEmpty();
        assertThat(new SignedTokens(HmacSha256.newKey()).verify(token, 2, now)).isEmpty();
        assertThat(tokens.verify(token, 3, now)).isEmpty();
        assertThat(tokens.verify("no-dot", 2, now)).isEmpty();
        assertThat(tokens.verify(payload + ".%%%", 2, now)).isEmpty();
    }
}
