package io.vectort.assistant.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each user's memories in memory, one {@link UserIndex} (vectors and full text) per user, loaded
 * on first search. Before each search the user's revision is read from PostgreSQL (a primary-key
 * lookup): a write on any node bumps it, so a stale index is reloaded instead of answering
 * without the newest fact or with a deleted one.
 */
@Component
class MemoryIndex {

    private static final Logger log = LoggerFactory.getLogger(MemoryIndex.class);

    private final MemoryStore store;
    private final Cache<UUID, UserIndex> users;

    MemoryIndex(MemoryStore store, AssistantMemoryProperties properties) {
        this.store = store;
        log.info(
                Vectors.vectorised()
                        ? "Memory vector scan: vectorised (JDK Vector API)"
                        : "Memory vector scan: scalar; start the JVM with --add-modules jdk.incubator.vector to vectorise it");
        this.users = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, properties.indexMaxSize().toBytes() / 1024))
                .weigher((UUID user, UserIndex index) -> (int) Math.min(Integer.MAX_VALUE, index.weight() / 1024 + 1))
                .expireAfterAccess(properties.indexIdleTime())
                .build();
    }

    /** The user's index at their current revision, loaded from PostgreSQL if this node's copy is stale. */
    UserIndex current(UUID userId) {
        long revision = store.revision(userId);
        UserIndex cached = users.getIfPresent(userId);
        if (cached != null && cached.revision() >= revision) {
            return cached;
        }
        // One load per user at a time: concurrent searches of the same user wait for it.
        return users.asMap()
                .compute(
                        userId, (user, old) -> old != null && old.revision() >= revision ? old : store.loadIndex(user));
    }

    /** The {@code n} unexpired, current memories of the user nearest to {@code query}, best first. */
    List<UserVectors.Hit> nearest(UUID userId, float[] query, int n, Instant now) {
        return current(userId).vectors().nearest(query, n, now);
    }

    /** Drops this node's copy after a write here; other nodes notice the new revision. */
    void invalidate(UUID userId) {
        users.invalidate(userId);
    }

    /**
     * Applies a write made on this node to the user's index when the index is exactly one revision
     * behind it (nothing else was written in between): with 100,000 facts, updating it takes
     * milliseconds where reloading it from PostgreSQL takes seconds. Otherwise the index is dropped
     * and the next search reloads it.
     */
    void afterWrite(UUID userId, long revision, Set<UUID> removed, Optional<UserIndex.Fact> added) {
        users.asMap()
                .computeIfPresent(
                        userId,
                        (user, old) -> old.revision() == revision - 1 ? updated(old, revision, removed, added) : null);
    }

    private static @Nullable UserIndex updated(
            UserIndex old, long revision, Set<UUID> removed, Optional<UserIndex.Fact> added) {
        try {
            return old.after(revision, removed, added);
        } catch (RuntimeException e) {
            // The write is committed; only this node's copy failed to follow it: the next search reloads it.
            log.warn("Dropped a memory index that could not apply revision {}", revision, e);
            return null;
        }
    }
}
