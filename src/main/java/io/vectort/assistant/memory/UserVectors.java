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
 * The retrievable (not superseded) memories of one user as one contiguous matrix of unit vectors,
 * searched exhaustively: exact search has recall 1.0 by definition, and at a person's scale (even
 * 100,000 facts) a linear scan is fast enough, with no approximate index to build or tune. It
 * holds a single user's vectors, so a search cannot reach anyone else's. Immutable: a write
 * replaces it.
 *
 * @param revision the user's memory revision it was loaded at
 */
record UserVectors(long revision, UUID[] ids, long[] expiresAtMillis, float[] matrix) {

    static final long NEVER = Long.MAX_VALUE;

    /** One vector near the query. */
    record Hit(UUID id, float similarity) {}

    /** A fact's vector as the index holds it. */
    record Row(UUID id, float[] vector, long expiresAtMillis) {}

    static UserVectors of(long revision, List<Row> rows) {
        UUID[] ids = new UUID[rows.size()];
        long[] expiresAt = new long[rows.size()];
        float[] matrix = new float[rows.size() * Vectors.DIMENSIONS];
        for (int row = 0; row < rows.size(); row++) {
            ids[row] = rows.get(row).id();
            expiresAt[row] = rows.get(row).expiresAtMillis();
            System.arraycopy(rows.get(row).vector(), 0, matrix, row * Vectors.DIMENSIONS, Vectors.DIMENSIONS);
        }
        return new UserVectors(revision, ids, expiresAt, matrix);
    }

    /**
     * This index after one write: without {@code removed}, with {@code added} (replacing a row of
     * the same id). Idempotent, so a write already present in a freshly loaded index is not
     * applied twice.
     */
    UserVectors after(long newRevision, Set<UUID> removed, Optional<Row> added) {
        Set<UUID> gone = new HashSet<>(removed);
        added.ifPresent(row -> gone.add(row.id()));
        int kept = 0;
        for (UUID id : ids) {
            if (!gone.contains(id)) {
                kept++;
            }
        }
        int size = kept + (added.isPresent() ? 1 : 0);
        UUID[] newIds = new UUID[size];
        long[] newExpiries = new long[size];
        float[] newMatrix = new float[size * Vectors.DIMENSIONS];
        int next = 0;
        for (int row = 0; row < ids.length; row++) {
            if (!gone.contains(ids[row])) {
                newIds[next] = ids[row];
                newExpiries[next] = expiresAtMillis[row];
                System.arraycopy(
                        matrix, row * Vectors.DIMENSIONS, newMatrix, next * Vectors.DIMENSIONS, Vectors.DIMENSIONS);
                next++;
            }
        }
        if (added.isPresent()) {
            Row row = added.get();
            newIds[next] = row.id();
            newExpiries[next] = row.expiresAtMillis();
            System.arraycopy(row.vector(), 0, newMatrix, next * Vectors.DIMENSIONS, Vectors.DIMENSIONS);
        }
        return new UserVectors(newRevision, newIds, newExpiries, newMatrix);
    }

    int size() {
        return ids.length;
    }

    /** Bytes held, to bound the cache of all users' vectors. */
    long weight() {
        return (long) matrix.length * Float.BYTES + (long) ids.length * (16 + Long.BYTES + 16);
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
            float similarity = Vectors.dot(query, matrix, row * Vectors.DIMENSIONS);
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
