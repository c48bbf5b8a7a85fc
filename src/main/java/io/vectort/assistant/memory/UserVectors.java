package io.vectort.assistant.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * The retrievable (not superseded) memories of one user as unit vectors, searched exhaustively:
 * exact search has recall 1.0 by definition, and at a person's scale (even 100,000 facts) a linear
 * scan is fast enough, with no approximate index to build or tune. It holds a single user's
 * vectors, so a search cannot reach anyone else's. Immutable: a write replaces it, sharing the
 * rows it keeps (a row is never written after it was read).
 *
 * @param revision the user's memory revision it was loaded at
 * @param vectors one row of {@link Vectors#DIMENSIONS} per fact, parallel to {@code ids}
 */
record UserVectors(long revision, UUID[] ids, long[] expiresAtMillis, float[][] vectors) {

    static final long NEVER = Long.MAX_VALUE;

    /** One vector near the query. */
    record Hit(UUID id, float similarity) {}

    /** A fact's vector as the index holds it. */
    record Row(UUID id, float[] vector, long expiresAtMillis) {}

    static UserVectors of(long revision, List<Row> rows) {
        UUID[] ids = new UUID[rows.size()];
        long[] expiresAt = new long[rows.size()];
        float[][] vectors = new float[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            ids[row] = rows.get(row).id();
            expiresAt[row] = rows.get(row).expiresAtMillis();
            vectors[row] = rows.get(row).vector();
        }
        return new UserVectors(revision, ids, expiresAt, vectors);
    }

    /**
     * This index after one write: without {@code removed}, with {@code added} (replacing a row of
     * the same id). Idempotent, so a write already present in a freshly loaded index is not
     * applied twice.
     */
    UserVectors after(long newRevision, Set<UUID> removed, Optional<Row> added) {
        Set<UUID> gone = new HashSet<>(removed);
        added.ifPresent(row -> gone.add(row.id()));
        List<Row> kept = new ArrayList<>(ids.length + 1);
        for (int row = 0; row < ids.length; row++) {
            if (!gone.contains(ids[row])) {
                kept.add(new Row(ids[row], vectors[row], expiresAtMillis[row]));
            }
        }
        added.ifPresent(kept::add);
        return of(newRevision, kept);
    }

    int size() {
        return ids.length;
    }

    /** Bytes held, to bound the cache of all users' vectors: each row, its array header, id and expiry. */
    long weight() {
        return (long) ids.length * (Vectors.DIMENSIONS * Float.BYTES + 16 + 8 + 16 + 16 + Long.BYTES);
    }

    /** The {@code n} unexpired vectors most similar to {@code query} (unit length), best first. */
    List<Hit> nearest(float[] query, int n, Instant now) {
        long nowMillis = now.toEpochMilli();
        PriorityQueue<Hit> best = new PriorityQueue<>(n + 1, (a, b) -> Float.compare(a.similarity(), b.similarity()));
        float floor = Float.NEGATIVE_INFINITY;
        for (int row = 0; row < ids.length; row++) {
            if (expiresAtMillis[row] <= nowMillis) {
                continue;
            }
            float similarity = Vectors.dot(query, vectors[row]);
            if (best.size() < n) {
                best.add(new Hit(ids[row], similarity));
                floor = best.peek().similarity();
            } else if (similarity > floor) {
                best.poll();
                best.add(new Hit(ids[row], similarity));
                floor = best.peek().similarity();
            }
        }
        List<Hit> ranked = new ArrayList<>(best);
        ranked.sort((a, b) -> Float.compare(b.similarity(), a.similarity()));
        return ranked;
    }
}
