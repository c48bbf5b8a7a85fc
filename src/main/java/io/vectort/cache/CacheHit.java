package io.vectort.cache;

/**
 * A response served from the cache.
 *
 * @param layer where it was found: {@code l1} (this process), {@code l2} (Redis), {@code l3}
 *     (PostgreSQL archive) or {@code similar} (a paraphrase of an earlier Builder prompt)
 */
public record CacheHit(CachedResponse response, String layer) {}
