package io.vectort.events;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Append-only event streams with replay and live notification. */
public interface EventLog {

    /**
     * Appends an event and returns its sequence number. {@code data} is the event's JSON object: a
     * map, or a record whose components are its fields. Inside a transaction, the event becomes
     * visible (and followers are woken) when that transaction commits.
     */
    long append(UUID streamId, String type, Object data);

    /**
     * Queues a progress event to be written with others in one transaction (see {@code
     * GroupCommitWriter}). Never inside the caller's transaction: the future completes with the
     * sequence number once the event is committed, or fails if it could not be stored. A stream's
     * queued events keep their order; a caller that then appends with {@link #append} waits for
     * its queued events first.
     */
    CompletableFuture<Long> appendBatched(UUID streamId, String type, Object data);

    /** The sequence number of the stream's last event, 0 when it has none. */
    long latestSeq(UUID streamId);

    /** Events with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
    List<StoredEvent> readAfter(UUID streamId, long afterSeq, int limit);

    /**
     * Blocks until an event may have been appended to {@code streamId} after {@code afterSeq}, or
     * until {@code timeout} passes. Callers re-read with {@link #readAfter} either way.
     */
    void awaitAppend(UUID streamId, long afterSeq, Duration timeout) throws InterruptedException;

    void deleteStreams(Collection<UUID> streamIds);
}
