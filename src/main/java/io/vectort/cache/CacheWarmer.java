package io.vectort.cache;

import java.util.Optional;

/**
 * Regenerates popular entries before they expire (implemented by the module that produced them).
 * {@link CacheWarming} calls the first warmer that supports an entry's type; only a regenerated
 * value is stored.
 */
public interface CacheWarmer {

    boolean supports(CacheType type);

    /** A fresh response for the candidate, or empty to let the entry expire. */
    Optional<CachedResponse> regenerate(WarmCandidate candidate);
}
