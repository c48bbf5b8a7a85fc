package io.vectort.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link EventLog} in PostgreSQL. A per-stream advisory lock serialises appends, so sequence
 * numbers are gapless and commit in order: a reader that saw seq n never misses n-1 later.
 */
@Component
class JdbcEventLog implements EventLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcEventLog.class);
    /** Key of the set of streams the current transaction has locked. */
    private static final Object LOCKED_STREAMS = new Object();

    private static final Duration QUEUED_WAIT = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AppendSignals signals;
    private final GroupCommitWriter writer;

    JdbcEventLog(JdbcClient jdbc, JsonMapper json, AppendSignals signals, GroupCommitWriter writer) {
        this.jdbc = jdbc;
        this.json = json;
        this.signals = signals;
        this.writer = writer;
    }

    /** The advisory lock that serialises appends to one stream. */
    static long lockKey(UUID streamId) {
        return streamId.getMostSignificantBits() ^ streamId.getLeastSignificantBits();
    }

    @Override
    public CompletableFuture<Long> appendBatched(UUID streamId, String type, Object data) {
        return writer.append(streamId, type, json.writeValueAsString(data));
    }

    @Override
    @Transactional
    public long append(UUID streamId, String type, Object data) {
        awaitQueuedProgress(streamId);
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", lockKey(streamId))
                .query((rs, n) -> 1)
                .list();
        long seq = jdbc.sql("""
                        insert into event_log (stream_id, seq, type, data)
                        select :stream, coalesce(max(seq), 0) + 1, :type, cast(:data as jsonb)
                        from event_log where stream_id = :stream
                        returning seq""")
                .param("stream", streamId)
                .param("type", type)
                .param("data", json.writeValueAsString(data))
                .query(Long.class)
                .single();
        // Delivered on commit only, to every node's listener (see CrossNodeSignals).
        jdbc.sql("select pg_notify('" + CrossNodeSignals.CHANNEL + "', :stream)")
                .param("stream", streamId.toString())
                .query((rs, n) -> 1)
                .list();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.signal(streamId);
            }
        });
        return seq;
    }

    /**
     * Lets the stream's queued progress events go first, so the log keeps the order of events. It
     * must not wait once this transaction holds the stream's lock: the writer needs that lock to
     * write them, and would wait for us while we wait for it. Producers flush before they append a
     * status, so both cases below are only a safety net: they cost order, never a deadlock.
     */
    private void awaitQueuedProgress(UUID streamId) {
        boolean lockedHere = TransactionSynchronizationManager.isActualTransactionActive()
                && lockedStreams().contains(streamId);
        if (lockedHere) {
            if (writer.hasQueued(streamId)) {
                log.warn(
                        "Progress events of stream {} were queued after its transaction appended: they follow",
                        streamId);
            }
        } else if (!writer.awaitQueued(streamId, QUEUED_WAIT)) {
            log.warn("Progress events of stream {} are still queued after {}: appending first", streamId, QUEUED_WAIT);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            lockedStreams().add(streamId);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> lockedStreams() {
        Object bound = TransactionSynchronizationManager.getResource(LOCKED_STREAMS);
        if (bound == null) {
            Set<UUID> streams = new HashSet<>();
            TransactionSynchronizationManager.bindResource(LOCKED_STREAMS, streams);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LOCKED_STREAMS);
                }
            });
            return streams;
        }
        return (Set<UUID>) bound;
    }

    @Override
    public List<StoredEvent> readAfter(UUID streamId, long afterSeq, int limit) {
        return jdbc.sql("""
                        select seq, type, data::text as data, created_at from event_log
                        where stream_id = :stream and seq > :after order by seq limit :limit""")
                .param("stream", streamId)
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, n) -> new StoredEvent(
                        streamId,
                        rs.getLong("seq"),
                        rs.getString("type"),
                        rs.getString("data"),
                        rs.getObject("created_at", Timestamp.class).toInstant()))
                .list();
    }

    @Override
    public void awaitAppend(UUID streamId, long afterSeq, Duration timeout) throws InterruptedException {
        signals.await(streamId, timeout, () -> latestSeq(streamId) > afterSeq);
    }

    @Override
    public void deleteStreams(Collection<UUID> streamIds) {
        if (streamIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from event_log where stream_id in (:ids)")
                .param("ids", streamIds)
                .update();
    }

    @Override
    public long latestSeq(UUID streamId) {
        return jdbc.sql("select coalesce(max(seq), 0) from event_log where stream_id = :stream")
                .param("stream", streamId)
                .query(Long.class)
                .single();
    }
}
