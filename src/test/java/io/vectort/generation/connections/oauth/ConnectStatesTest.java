package io.vectort.generation.connections.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.shared.HmacSha256;
import io.vectort.shared.SignedTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConnectStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private final String key = HmacSha256.newKey();
    private final ConnectStates states = new ConnectStates(new SignedTokens(key));
    private final UUID org = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();

    @Test
    void opensWhatItIssuedForTenMinutes() {
        String state = states.issue(org, user, "challenge-abc", NOW);

        ConnectStates.State opened =
                states.open(state, NOW.plus(Duration.ofMinutes(9))).orElseThrow();

        assertThat(opened).isEqualTo(new ConnectStates.State(org, user, "challenge-abc", false));
    }

    @Test
    void anExpiredStateStillNamesItsOrganisationButSaysSo() {
        String state = states.issue(org, user, "c", NOW);

        ConnectStates.State opened =
                states.open(state, NOW.plus(ConnectStates.TTL)).orElseThrow();

        assertThat(opened.expired()).isTrue();
        assertThat(opened.orgId()).isEqualTo(org);
    }

    @Test
    void refusesAStateSignedWithAnotherKey() {
        String foreign = new ConnectStates(new SignedTokens(HmacSha256.newKey())).issue(org, user, "c", NOW);

        assertThat(states.open(foreign, NOW)).isEmpty();
    }

    @Test
    void refusesAStateWhoseOrganisationWasSwapped() {
        String state = states.issue(org, user, "c", NOW);
        String signature = state.substring(state.indexOf('.'));
        String payload = new String(
                Base64.getUrlDecoder().decode(state.substring(0, state.indexOf('.'))), StandardCharsets.UTF_8);
        String swapped = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace(
                                        org.toString(), UUID.randomUUID().toString())
                                .getBytes(StandardCharsets.UTF_8))
                + signature;

        assertThat(states.open(swapped, NOW)).isEmpty();
    }

    @Test
    void refusesJunk() {
        assertThat(states.open("", NOW)).isEmpty();
        assertThat(states.open("not-a-state", NOW)).isEmpty();
        assertThat(states.open("a.b.c", NOW)).isEmpty();
        assertThat(states.open("x".repeat(10_000), NOW)).isEmpty();
        // Genuinely signed, but not the fields of a state.
        String other = new SignedTokens(key).issue(java.util.List.of("a", "b", "c"), NOW.plusSeconds(60));
        assertThat(states.open(other, NOW)).isEmpty();
    }
}
