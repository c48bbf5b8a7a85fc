package io.vectort.jobs;

import java.util.function.LongSupplier;

/**
 * The loop of retention jobs: delete one batch after another until a batch comes back short, so
 * no single statement holds a large table for long.
 */
public final class BatchedDeletes {

    private BatchedDeletes() {}

    /** Runs {@code deleteOneBatch} (which deletes at most {@code batchSize} rows) until done; the total deleted. */
    public static long untilShort(int batchSize, LongSupplier deleteOneBatch) {
        long total = 0;
        long deleted;
        do {
            deleted = deleteOneBatch.getAsLong();
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
