package io.vectort.assistant.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
record UserVectors(long revision, UUID[] ids, long[] expiresAtMillis, float[][] vectors, QuantizedVector[] quantized) {

    static final long NEVER = Long.MAX_VALUE;

    /** One vector near the query. */
    record Hit(UUID id, float similarity) {}

    /** A fact's vector as the index holds it. */
    record Row(UUID id, float[] vector, long expiresAtMillis, QuantizedVector quantized) {

        Row(UUID id, float[] vector, long expiresAtMillis) {
            this(id, vector, expiresAtMillis, QuantizedVector.of(vector));
        }
    }

    /**
     * The index of freshly loaded rows. Their one-byte vectors are copied one after another, so
     * that the scan reads them as one contiguous stretch of memory: loaded row by row, each lies
     * between its float vector and its other objects, and a scan touching a new memory page per row
     * took three times as long (5.3 against 1.5 ms for 100,000 rows, measured on this project's
     * 2-core machine).
     */
    static UserVectors of(long revision, List<Row> rows) {
        QuantizedVector[] packed = new QuantizedVector[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            packed[row] = rows.get(row).quantized().copy();
        }
        return assemble(revision, rows, packed);
    }

    private static UserVectors assemble(long revision, List<Row> rows, QuantizedVector[] quantized) {
        UUID[] ids = new UUID[rows.size()];
        long[] expiresAt = new long[rows.size()];
        float[][] vectors = new float[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            ids[row] = rows.get(row).id();
            expiresAt[row] = rows.get(row).expiresAtMillis();
            vectors[row] = rows.get(row).vector();
        }
        return new UserVectors(revision, ids, expiresAt, vectors, quantized);
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
                kept.add(new Row(ids[row], vectors[row], expiresAtMillis[row], quantized[row]));
            }
        }
        added.ifPresent(kept::add);
        // The kept rows share this index's (contiguous) one-byte vectors: a write copies no vectors.
        return assemble(newRevision, kept, kept.stream().map(Row::quantized).toArray(QuantizedVector[]::new));
    }

    int size() {
        return ids.length;
    }

    /** Bytes held, to bound the cache of all users' vectors: per row both forms, their headers, id and expiry. */
    long weight() {
        return (long) ids.length
                * (Vectors.DIMENSIONS * (Float.BYTES + 1) + 3 * 16 + 2 * Float.BYTES + 4 * 8 + 16 + Long.BYTES);
    }

    /**
     * The {@code n} unexpired vectors most similar to {@code query} (unit length), best first,
     * exactly as a scan of the float vectors would rank them. A first pass scans the one-byte
     * vectors and keeps, per row, the interval its exact similarity lies in; the n-th best lower
     * end is a floor no row whose upper end falls below can reach, so only the rows above it (a
     * small share) are rescored exactly.
     */
    List<Hit> nearest(float[] query, int n, Instant now) {
        long nowMillis = now.toEpochMilli();
        QuantizedVector quantizedQuery = QuantizedVector.of(query);
        BoundedFloats lowest = new BoundedFloats(n);
        Candidates candidates = new Candidates();
        float floor = Float.NEGATIVE_INFINITY;
        for (int row = 0; row < ids.length; row++) {
            if (expiresAtMillis[row] <= nowMillis) {
                continue;
            }
            float approximate = quantizedQuery.approximateDot(quantized[row]);
            float error = quantizedQuery.errorBound(quantized[row]);
            // The floor only rises, so a row below it now stays below the final one.
            if (approximate + error >= floor) {
                candidates.add(row, approximate + error);
            }
            if (lowest.offer(approximate - error) && lowest.full()) {
                floor = lowest.min();
            }
        }
        PriorityQueue<Hit> best = new PriorityQueue<>(n + 1, (a, b) -> Float.compare(a.similarity(), b.similarity()));
        for (int candidate = 0; candidate < candidates.size; candidate++) {
            if (candidates.upper[candidate] < floor) {
                continue;
            }
            int row = candidates.rows[candidate];
            float similarity = Vectors.dot(query, vectors[row]);
            if (best.size() < n) {
                best.add(new Hit(ids[row], similarity));
            } else if (similarity > best.peek().similarity()) {
                best.poll();
                best.add(new Hit(ids[row], similarity));
            }
        }
        List<Hit> ranked = new ArrayList<>(best);
        ranked.sort((a, b) -> Float.compare(b.similarity(), a.similarity()));
        return ranked;
    }

    /** Rows that may rank, with their upper bound: a few hundred, where an array per row was 400 KB a search. */
    private static final class Candidates {
        private int[] rows = new int[256];
        private float[] upper = new float[256];
        private int size;

        void add(int row, float upperBound) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                upper = Arrays.copyOf(upper, size * 2);
            }
            rows[size] = row;
            upper[size++] = upperBound;
        }
    }

    /** The {@code capacity} largest floats offered, as a min-heap in an array: no boxing in the scan. */
    private static final class BoundedFloats {
        private final float[] heap;
        private int size;

        BoundedFloats(int capacity) {
            heap = new float[Math.max(1, capacity)];
        }

        boolean full() {
            return size == heap.length;
        }

        float min() {
            return heap[0];
        }

        /** Whether {@code value} was kept. */
        boolean offer(float value) {
            if (size < heap.length) {
                int child = size++;
                heap[child] = value;
                while (child > 0 && heap[(child - 1) / 2] > heap[child]) {
                    swap(child, (child - 1) / 2);
                    child = (child - 1) / 2;
                }
                return true;
            } else if (value > heap[0]) {
                heap[0] = value;
                int parent = 0;
                while (true) {
                    int smallest = parent;
                    int left = 2 * parent + 1;
                    if (left < size && heap[left] < heap[smallest]) {
                        smallest = left;
                    }
                    if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                        smallest = left + 1;
                    }
                    if (smallest == parent) {
                        return true;
                    }
                    swap(parent, smallest);
                    parent = smallest;
                }
            }
            return false;
        }

        private void swap(int a, int b) {
            float kept = heap[a];
            heap[a] = heap[b];
            heap[b] = kept;
        }
    }
}
