package io.vectort.generation.connections;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A connection as it may be shown: never the token, only its last characters.
 *
 * @param account who the token acts as, where the service says (GitHub's login)
 * @param scopes what a classic GitHub token was granted; empty when the service does not say
 */
public record Connection(
        ConnectionKind kind,
        String tokenHint,
        Optional<String> account,
        List<String> scopes,
        Optional<UUID> createdBy,
        Instant createdAt) {}
