package io.vectort.cache;

/**
 * A response served from the cache.
 *
 * @param key the entry that answered (for a similar hit, not the key that was looked up)
 * @param layer where it was found: {@code l1} (this process), {@code l2} (Redis), {@code l3}
 *     (PostgreSQL archive) or {@code similar} (a paraphrase of an earlier Builder prompt)
 */
public record CacheHit(CacheKey key, CachedResponse response, String layer) {}
