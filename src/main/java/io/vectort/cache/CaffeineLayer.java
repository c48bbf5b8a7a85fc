package io.vectort.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.UUID;

/** L1: the newest entries in this process, bounded by count and time. */
final class CaffeineLayer {

    private final Cache<CacheKey, CachedResponse> entries;

    CaffeineLayer(CacheProperties.L1 settings) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(settings.maxItems())
                .expireAfterWrite(settings.ttl())
                .build();
    }

    Optional<CachedResponse> get(CacheKey key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    void put(CacheKey key, CachedResponse value) {
        entries.put(key, value);
    }

    void evict(CacheKey key) {
        entries.invalidate(key);
    }

    /** A scan of at most max-items keys; clearing a scope is rare. */
    void evictScope(UUID scope) {
        entries.asMap().keySet().removeIf(key -> key.scope().equals(scope));
    }
}
