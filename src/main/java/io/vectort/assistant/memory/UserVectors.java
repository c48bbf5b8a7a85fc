package io.vectort.assistant.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
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
