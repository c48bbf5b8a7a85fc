package io.vectort.billing;

import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One node's hold on an account's credits for API calls. {@code remaining} is what calls may still
 * take; {@code outstanding} is what the ledger shows as reserved by this node (remaining plus spent
 * but not yet settled). Guarded by {@link #lock}.
 */
final class Lease {

    final UUID userId;
    final ReentrantLock lock = new ReentrantLock();
    long remaining;
    long outstanding;
    long unsettledSpent;
    long sequence;
    long lastUsedNanos = System.nanoTime();
    /** Removed from the node's map: callers that still hold a reference must take a fresh lease. */
    boolean retired;

    Lease(UUID userId) {
        this.userId = userId;
    }

    /** Takes {@code micros} if the lease has them. */
    boolean tryTake(long micros) {
        lock.lock();
        try {
            lastUsedNanos = System.nanoTime();
            if (retired || remaining < micros) {

                return false;
            }
            remaining -= micros;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends a hold: the actual cost is spent, the rest returns to the lease. A cost above the hold is
     * taken from what the lease still has, never beyond it: the ledger must never go negative.
     */
    long settle(long held, long actual) {
        lock.lock();
        try {
            long extra = Math.max(0, actual - held);
            long charged = Math.min(actual, held + Math.min(extra, remaining));
            remaining += held - charged;
            unsettledSpent += charged;
            return charged;
        } finally {
            lock.unlock();
        }
    }
}
