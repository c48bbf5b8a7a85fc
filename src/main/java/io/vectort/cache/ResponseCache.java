package io.vectort.cache;

import java.util.Optional;
import java.util.UUID;

/**
 * The response cache. Lookups go L1 (this process) → L2 (Redis, when configured) → L3 (the
 * PostgreSQL archive) and a hit in a lower layer is copied into the layers above it. A layer that
 * fails (Redis down, a timeout) answers a miss and is counted in {@code vectort_cache_errors_total};
 * no method throws because of the cache's own storage.
 */
public interface ResponseCache {

    /** The cached response for the key, counting a hit (with its layer) or a miss. */
    Optional<CacheHit> get(CacheKey key);

    /** Stores the response in every layer; responses over the configured size are not cached. */
    void put(CacheKey key, CachedResponse value);

    /**
     * Like {@link #put(CacheKey, CachedResponse)}, for callers on a request path: this node's
     * layer at once, Redis and the archive from a background writer (dropped, and counted, when it
     * falls far behind), so storing an answer never makes its caller wait on the database.
     */
    void putInBackground(CacheKey key, CachedResponse value);

    /** Stores the response and indexes it for similar-prompt lookups within its scope. */
    void put(CacheKey key, CachedResponse value, SimilarityTag tag);

    /**
     * A response stored for a paraphrase of the probe's prompt: only when the scope opted in, only
     * among entries with the same framework and app type, only when the embeddings' cosine reaches
     * the threshold and the prompts differ in nothing that changes their meaning. Call it after
     * {@link #get} missed; a hit here is counted with layer {@code similar} and nets out that miss.
     */
    Optional<CacheHit> similar(UUID scope, SimilarityTag probe);

    /** Whether the scope opted in to similar-prompt lookups. */
    boolean similarPromptsEnabled(UUID scope);

    /** Removes the entry from every layer. */
    void evict(CacheKey key);
}
