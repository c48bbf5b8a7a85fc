package io.vectort.events;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Append-only event streams with replay and live notification. */
public interface EventLog {

    /**
     * Appends an event and returns its sequence number. Inside a transaction, the event becomes
     * visible (and followers are woken) when that transaction commits.
     */
    long append(UUID streamId, String type, Map<String, ?> data);

    /** Events with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
    List<StoredEvent> readAfter(UUID streamId, long afterSeq, int limit);

    /**
     * Blocks until an event may have been appended to {@code streamId} after {@code afterSeq}, or
     * until {@code timeout} passes. Callers re-read with {@link #readAfter} either way.
     */
    void awaitAppend(UUID streamId, long afterSeq, Duration timeout) throws InterruptedException;

    void deleteStreams(Collection<UUID> streamIds);
}
