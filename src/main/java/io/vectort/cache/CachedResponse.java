package io.vectort.cache;

import java.time.Instant;

/**
 * A cached response.
 *
 * @param body the response as the caller stored it (protocol text, JSON); opaque to the cache
 * @param storedAt when it was produced
 */
public record CachedResponse(String body, Instant storedAt) {}
