package io.vectort.events;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes followers of a stream on this node when an event is committed. Entries exist only while
 * someone waits, so memory stays bounded by the number of open streams.
 */
final class AppendSignals {

    private final Map<UUID, Signal> signals = new ConcurrentHashMap<>();

    void signal(UUID streamId) {
        Signal signal = signals.get(streamId);
        if (signal != null) {
            signal.fire();
        }
    }

    /** Waits for the next signal of the stream unless {@code alreadyThere} is true once registered. */
    void await(UUID streamId, Duration timeout, java.util.function.BooleanSupplier alreadyThere)
            throws InterruptedException {
        Signal signal = signals.compute(streamId, (id, existing) -> {
            Signal s = existing == null ? new Signal() : existing;
            s.waiters++;
            return s;
        });
        try {
            long generation = signal.generation();
            // Re-check after registering: an append committed in between would otherwise be missed.
            if (alreadyThere.getAsBoolean()) {
                return;
            }
            signal.awaitChange(generation, timeout);
        } finally {
            signals.computeIfPresent(streamId, (id, s) -> --s.waiters == 0 ? null : s);
        }
    }

    int trackedStreams() {
        return signals.size();
    }

    private static final class Signal {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private long generation;
        private int waiters;

        long generation() {
            lock.lock();
            try {
                return generation;
            } finally {
                lock.unlock();
            }
        }

        void fire() {
            lock.lock();
            try {
                generation++;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void awaitChange(long seen, Duration timeout) throws InterruptedException {
            long nanos = timeout.toNanos();
            lock.lock();
            try {
                while (generation == seen && nanos > 0) {
                    nanos = changed.awaitNanos(nanos);
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
