package io.vectort.generation.connections.oauth;

import io.vectort.shared.SignedTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code state} of a "Connect with GitHub" authorization: who started it, for which
 * organisation, and the PKCE challenge of the browser that started it, signed and valid ten
 * minutes. Nothing is stored: the signature is the proof that Vectort issued it.
 */
final class ConnectStates {

    static final Duration TTL = Duration.ofMinutes(10);
    /** Far longer than any state issued here; anything longer is junk and not worth a signature check. */
    private static final int MAX_LENGTH = 512;

    private final SignedTokens tokens;

    ConnectStates(SignedTokens tokens) {
        this.tokens = tokens;
    }

    String issue(UUID orgId, UUID userId, String challenge, Instant now) {
        return tokens.issue(List.of(orgId.toString(), userId.toString(), challenge), now.plus(TTL));
    }

    /**
     * The state's content when Vectort signed it, expired or not (an expired one still says which
     * organisation's page to return to); empty when it is forged, altered or malformed.
     */
    Optional<State> open(String state, Instant now) {
        if (state.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // Any genuine state expires after the epoch: this reads the fields whatever their expiry.
        Optional<List<String>> fields = tokens.verify(state, 3, Instant.EPOCH);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        boolean expired = tokens.verify(state, 3, now).isEmpty();
        try {
            return Optional.of(new State(
                    UUID.fromString(fields.get().get(0)),
                    UUID.fromString(fields.get().get(1)),
                    fields.get().get(2),
                    expired));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What a genuine state carries. */
    record State(UUID orgId, UUID userId, String challenge, boolean expired) {}
}
