package io.vectort.assistant.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Each user's vectors in memory, one {@link UserVectors} per user, loaded on first search. Before
 * each search the user's revision is read from PostgreSQL (a primary-key lookup): a write on any
 * node bumps it, so a stale index is reloaded instead of answering without the newest fact or with
 * a deleted one.
 */
@Component
class MemoryIndex {

    private final MemoryStore store;
    private final Cache<UUID, UserVectors> users;

    MemoryIndex(MemoryStore store, AssistantMemoryProperties properties) {
        this.store = store;
        this.users = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, properties.indexMaxSize().toBytes() / 1024))
                .weigher((UUID user, UserVectors vectors) ->
                        (int) Math.min(Integer.MAX_VALUE, vectors.weight() / 1024 + 1))
                .expireAfterAccess(properties.indexIdleTime())
                .build();
    }

    /** The {@code n} unexpired, current memories of the user nearest to {@code query}, best first. */
    List<UserVectors.Hit> nearest(UUID userId, float[] query, int n, Instant now) {
        return current(userId).nearest(query, n, now);
    }

    /** Drops this node's copy after a write here; other nodes notice the new revision. */
    void invalidate(UUID userId) {
        users.invalidate(userId);
    }

    /**
     * Applies a write made on this node to the user's index when the index is exactly one revision
     * behind it (nothing else was written in between): with 100,000 facts, copying the matrix takes
     * milliseconds where reloading it from PostgreSQL takes seconds. Otherwise the index is dropped
     * and the next search reloads it.
     */
    void afterWrite(UUID userId, long revision, Set<UUID> removed, Optional<UserVectors.Row> added) {
        users.asMap()
                .computeIfPresent(
                        userId,
                        (user, old) -> old.revision() == revision - 1 ? old.after(revision, removed, added) : null);
    }

    private UserVectors current(UUID userId) {
        long revision = store.revision(userId);
        UserVectors cached = users.getIfPresent(userId);
        if (cached != null && cached.revision() >= revision) {
            return cached;
        }
        // One load per user at a time: concurrent searches of the same user wait for it.
        return users.asMap()
                .compute(
                        userId,
                        (user, old) -> old != null && old.revision() >= revision ? old : store.loadVectors(user));
    }
}
