package io.vectort.assistant.memory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One fact about a user.
 *
 * @param sourceMessage the message it was taken from, when there was one
 * @param expiresAt after this instant the fact is no longer used (it stays visible to the user)
 * @param supersededBy the newer memory that replaced this one; a superseded memory is kept as
 *     history but no longer retrieved
 */
public record Memory(
        UUID id,
        UUID userId,
        String fact,
        MemorySource source,
        Optional<String> sourceMessage,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> expiresAt,
        Optional<UUID> supersededBy) {

    boolean activeAt(Instant now) {
        return supersededBy.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
}
