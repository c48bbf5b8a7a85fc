package io.vectort.assistant.memory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A fact to add to a user's memory.
 *
 * @param supersedes an older memory of the same user that this fact replaces (it is kept, marked
 *     superseded); a memory whose text is the same as the new fact's is superseded in any case
 */
public record Remember(
        String fact,
        MemorySource source,
        Optional<String> sourceMessage,
        Optional<Instant> expiresAt,
        Optional<UUID> supersedes) {

    /** What the user asked for in so many words. */
    public static Remember explicit(String fact) {
        return new Remember(fact, MemorySource.EXPLICIT, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Remember from(String message) {
        return new Remember(fact, source, Optional.of(message), expiresAt, supersedes);
    }

    public Remember until(Instant expiry) {
        return new Remember(fact, source, sourceMessage, Optional.of(expiry), supersedes);
    }

    public Remember replacing(UUID older) {
        return new Remember(fact, source, sourceMessage, expiresAt, Optional.of(older));
    }
}
