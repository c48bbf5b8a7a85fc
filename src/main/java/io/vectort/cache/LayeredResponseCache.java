package io.vectort.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * L1 Caffeine → L2 Redis (when configured) → L3 PostgreSQL, promoting upward on a lower-layer hit,
 * plus the opt-in similar-prompt lookup for Builder entries. Every storage failure is a counted
 * miss or a skipped write; nothing here throws because a layer is down.
 */
final class LayeredResponseCache implements ResponseCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LayeredResponseCache.class);

    private final CacheProperties properties;
    private final CaffeineLayer l1;
    private final Optional<RedisLayer> l2;
    private final PostgresArchive l3;
    private final SimilarPromptIndex index;
    private final SettingsStore settings;
    private final CacheMetrics metrics;
    private final CacheStats stats;

    /**
     * Background writes of answers served on a request path: one writer, a bounded queue, and a
     * dropped write (counted as an error) rather than a request waiting on the database.
     */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000),
            Thread.ofPlatform().daemon().name("cache-writer").factory());

    private final Map<CacheKey, CachedResponse> pendingWrites = new ConcurrentHashMap<>();

    LayeredResponseCache(
            CacheProperties properties,
            CaffeineLayer l1,
            Optional<RedisLayer> l2,
            PostgresArchive l3,
            SimilarPromptIndex index,
            SettingsStore settings,
            CacheMetrics metrics,
            CacheStats stats) {
        this.properties = properties;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
        this.index = index;
        this.settings = settings;
        this.metrics = metrics;
        this.stats = stats;
    }

    @Override
    public Optional<CacheHit> get(CacheKey key) {
        if (!properties.enabled(key.type())) {
            return Optional.empty();
        }
        Optional<CacheHit> hit = lookup(key);
        if (hit.isPresent()) {
            metrics.hit(key.type(), hit.get().layer());
            stats.hit(key.scope(), key.type(), hit.get().layer());
            l3.recordHit(key, Instant.now());
        } else {
            metrics.miss(key.type());
            stats.miss(key.scope(), key.type());
        }
        return hit;
    }

    private Optional<CacheHit> lookup(CacheKey key) {
        Optional<CachedResponse> local = l1.get(key);
        if (local.isPresent()) {
            return Optional.of(new CacheHit(key, local.get(), "l1"));
        }
        if (l2.isPresent()) {
            Optional<CachedResponse> shared = l2.get().get(key);
            if (shared.isPresent()) {
                l1.put(key, shared.get());
                return Optional.of(new CacheHit(key, shared.get(), "l2"));
            }
        }
        Optional<PostgresArchive.Archived> archived = archived(key);
        if (archived.isPresent()) {
            CachedResponse response = archived.get().response();
            l1.put(key, response);
            Duration remaining = Duration.between(Instant.now(), archived.get().expiresAt());
            l2.ifPresent(redis -> redis.put(key, response, min(properties.l2().ttl(), remaining)));
            return Optional.of(new CacheHit(key, response, "l3"));
        }
        return Optional.empty();
    }

    @Override
    public void put(CacheKey key, CachedResponse value) {
        store(key, value, Optional.empty());
    }

    @Override
    public void put(CacheKey key, CachedResponse value, SimilarityTag tag) {
        store(key, value, Optional.of(tag));
    }

    @Override
    public void putInBackground(CacheKey key, CachedResponse value) {
        if (!properties.enabled(key.type()) || tooLarge(value.body())) {
            return;
        }
        if (l1.get(key).filter(cached -> cached.body().equals(value.body())).isPresent()) {
            return; // the same answer again (a repeated bypass): every layer has it already
        }
        l1.put(key, value);
        // Writes of one key coalesce while queued: a burst of identical answers costs one write.
        if (pendingWrites.put(key, value) != null) {
            return;
        }
        try {
            writer.execute(() -> {
                CachedResponse latest = pendingWrites.remove(key);
                if (latest != null) {
                    storeShared(key, latest, Optional.empty());
                }
            });
        } catch (RejectedExecutionException e) {
            pendingWrites.remove(key);
            metrics.error("l3", "queue a write (the writer is behind)", e);
        }
    }

    private void store(CacheKey key, CachedResponse value, Optional<SimilarityTag> tag) {
        if (!properties.enabled(key.type()) || tooLarge(value.body())) {
            return;
        }
        l1.put(key, value);
        storeShared(key, value, tag);
    }

    /** Writes the layers other nodes read: Redis and the archive. */
    private void storeShared(CacheKey key, CachedResponse value, Optional<SimilarityTag> tag) {
        l2.ifPresent(redis ->
                redis.put(key, value, min(properties.l2().ttl(), properties.l3().ttl())));
        try {
            l3.put(key, value, properties.l3().ttl(), tag);
        } catch (RuntimeException e) {
            metrics.error("l3", "write", e);
        }
        tag.ifPresent(t -> index.invalidate(key.scope(), t));
    }

    @Override
    public Optional<CacheHit> similar(UUID scope, SimilarityTag probe) {
        if (!properties.enabled(CacheType.BUILDER)) {
            return Optional.empty();
        }
        ScopeSettings scopeSettings;
        Optional<SimilarPromptIndex.Candidate> match;
        try {
            scopeSettings = settings.of(scope);
            if (!scopeSettings.similarPrompts()) {
                return Optional.empty();
            }
            double threshold = scopeSettings
                    .similarityThreshold()
                    .orElse(properties.similar().threshold());
            match = index.find(scope, probe, threshold);
        } catch (RuntimeException e) {
            metrics.error("l3", "find a similar prompt", e);
            return Optional.empty();
        }
        if (match.isEmpty()) {
            return Optional.empty();
        }
        CacheKey key = new CacheKey(scope, CacheType.BUILDER, match.get().hash());
        Optional<CacheHit> found = lookup(key);
        if (found.isEmpty()) {
            // Evicted or expired since the index was loaded.
            index.invalidate(scope, probe);
            return Optional.empty();
        }
        metrics.hit(CacheType.BUILDER, "similar");
        stats.similarHit(scope, CacheType.BUILDER);
        l3.recordHit(key, Instant.now());
        log.debug("Similar-prompt hit in scope {} on entry {}", scope, key.hash());
        return Optional.of(new CacheHit(key, found.get().response(), "similar"));
    }

    @Override
    public boolean similarPromptsEnabled(UUID scope) {
        try {
            return properties.enabled(CacheType.BUILDER) && settings.of(scope).similarPrompts();
        } catch (RuntimeException e) {
            metrics.error("l3", "read settings", e);
            return false;
        }
    }

    @Override
    public void evict(CacheKey key) {
        l1.evict(key);
        l2.ifPresent(redis -> redis.evict(key));
        try {
            l3.evict(key);
        } catch (RuntimeException e) {
            metrics.error("l3", "evict", e);
        }
    }

    /** Removes every entry of the scope from every layer; returns how many archived entries went. */
    long clear(UUID scope) {
        l1.evictScope(scope);
        l2.ifPresent(redis -> redis.evictScope(scope));
        long deleted = l3.evictScope(scope);
        index.invalidateScope(scope);
        return deleted;
    }

    /** Test hook: forgets the process-local layer, as another node (or a restart) would see it. */
    void evictLocal(CacheKey key) {
        l1.evict(key);
    }

    /** Finishes queued writes, then closes the Redis connection (the client belongs to the redis module). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn(
                        "Dropped {} queued cache writes at shutdown",
                        writer.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        l2.ifPresent(RedisLayer::close);
    }

    private Optional<PostgresArchive.Archived> archived(CacheKey key) {
        try {
            return l3.get(key);
        } catch (RuntimeException e) {
            metrics.error("l3", "read", e);
            return Optional.empty();
        }
    }

    private boolean tooLarge(String body) {
        long max = properties.maxValueSize().toBytes();
        // Most bodies are far below the limit; count the bytes only when the characters might exceed it.
        return (long) body.length() * 3 > max && body.getBytes(StandardCharsets.UTF_8).length > max;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
