package io.vectort.cache;

import java.util.Optional;

/**
 * An archived entry worth regenerating before it expires.
 *
 * @param tag what the entry was indexed with for similar prompts, if it was
 * @param hits hits since the entry was last stored
 */
public record WarmCandidate(CacheKey key, Optional<SimilarityTag> tag, long hits) {}
