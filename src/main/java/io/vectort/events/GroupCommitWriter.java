package io.vectort.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes progress events of many streams in one transaction. A thousand running generations each
 * flushing text every 100 ms would otherwise need ten thousand transactions a second and every
 * connection of the pool; queued here, they cost one transaction per batch. Appends wait for their
 * batch (bounded by {@code maxBatch}) and see it committed or failed, so nothing is acknowledged
 * that is not stored.
 */
final class GroupCommitWriter implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    /** Payloads of pg_notify are limited to 8000 bytes: about 200 stream ids per notice. */
    private static final int STREAMS_PER_NOTICE = 200;

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final @Nullable AutoCloseable ownConnection;
    private final AppendSignals signals;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue;
    /** Each stream's last queued event, so a direct append can wait for what was queued before it. */
    private final Map<UUID, CompletableFuture<Long>> lastQueued = new ConcurrentHashMap<>();

    private volatile boolean running;
    private Thread writer = Thread.ofVirtual().unstarted(() -> {});

    GroupCommitWriter(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Nullable AutoCloseable ownConnection,
            AppendSignals signals,
            int maxBatch,
            int maxQueued) {
        this.jdbc = jdbc;
        this.ownConnection = ownConnection;
        this.transactions = transactions;
        this.signals = signals;
        this.maxBatch = maxBatch;
        // Bounded: when the database falls behind, producers slow down instead of filling the heap.
        this.queue = new LinkedBlockingQueue<>(maxQueued);
    }

    /** Queues an event; the future completes with its sequence number once its batch committed. */
    CompletableFuture<Long> append(UUID streamId, String type, String dataJson) {
        Pending pending = new Pending(streamId, type, dataJson, new CompletableFuture<>());
        lastQueued.put(streamId, pending.written());
        pending.written().whenComplete((seq, e) -> lastQueued.remove(streamId, pending.written()));
        if (!running) {
            writeWithRetries(List.of(pending));
            return pending.written();
        }
        try {
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.written().completeExceptionally(e);
        }
        return pending.written();
    }

    /**
     * Waits until the stream's queued events are written (or failed: the producer handles that),
     * at most {@code limit}; false if they are still queued then.
     */
    boolean awaitQueued(UUID streamId, Duration limit) {
        CompletableFuture<Long> last = lastQueued.get(streamId);
        if (last == null) {
            return true;
        }
        try {
            last.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // Reported to the producer through its own future.
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
        return true;
    }

    /** True while events of the stream wait for their batch. */
    boolean hasQueued(UUID streamId) {
        return lastQueued.containsKey(streamId);
    }

    int queued() {
        return queue.size();
    }

    private void drainForever() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                writeWithRetries(batch);
            } catch (InterruptedException e) {
                // Stopping: the loop drains what is left before it ends.
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    /** A short database outage delays the batch; a long one fails it, and its producers see why. */
    private void writeWithRetries(List<Pending> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                Map<UUID, Long> lastSeqs = transactions.execute(status -> write(batch));
                batch.forEach(p -> p.written().complete(p.seq));
                lastSeqs.keySet().forEach(signals::signal);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    log.warn("Could not write {} events", batch.size(), e);
                    batch.forEach(p -> p.written().completeExceptionally(e));
                    return;
                }
                pause(Duration.ofMillis(200L << attempt));
            }
        }
    }

    private Map<UUID, Long> write(List<Pending> batch) {
        Map<UUID, Long> lastSeqs = new LinkedHashMap<>();
        batch.forEach(p -> lastSeqs.put(p.streamId(), 0L));
        List<UUID> streams = new ArrayList<>(lastSeqs.keySet());
        // The same per-stream locks as a single append, taken in one order so batches cannot deadlock.
        jdbc.sql("""
                        select count(pg_advisory_xact_lock(k))
                        from (select distinct unnest(cast(:keys as bigint[])) as k order by k) locks""")
                .param("keys", streams.stream().map(JdbcEventLog::lockKey).toArray(Long[]::new))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        select stream_id, max(seq) as seq from event_log
                        where stream_id = any(:streams) group by stream_id""")
                .param("streams", streams.toArray(UUID[]::new))
                .query((rs, n) -> lastSeqs.put(rs.getObject("stream_id", UUID.class), rs.getLong("seq")))
                .list();
        for (Pending pending : batch) {
            pending.seq = lastSeqs.merge(pending.streamId(), 1L, Long::sum);
        }
        jdbc.sql("""
                        insert into event_log (stream_id, seq, type, data)
                        select * from unnest(cast(:streams as uuid[]), cast(:seqs as bigint[]),
                                             cast(:types as text[]), cast(:data as jsonb[]))""")
                .param("streams", batch.stream().map(Pending::streamId).toArray(UUID[]::new))
                .param("seqs", batch.stream().map(p -> p.seq).toArray(Long[]::new))
                .param("types", batch.stream().map(Pending::type).toArray(String[]::new))
                .param("data", batch.stream().map(Pending::dataJson).toArray(String[]::new))
                .update();
        for (int from = 0; from < streams.size(); from += STREAMS_PER_NOTICE) {
            List<UUID> some = streams.subList(from, Math.min(streams.size(), from + STREAMS_PER_NOTICE));
            jdbc.sql("select pg_notify('" + CrossNodeSignals.CHANNEL + "', :streams)")
                    .param(
                            "streams",
                            String.join(",", some.stream().map(UUID::toString).toList()))
                    .query((rs, n) -> 1)
                    .list();
        }
        return lastSeqs;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().daemon().name("event-writer").start(this::drainForever);
    }

    @Override
    public void stop() {
        running = false;
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The connection goes only when the bean is destroyed: a stopped writer may be started again
     * (Spring's test framework pauses and resumes cached contexts), and while stopped it writes
     * each append directly.
     */
    @Override
    public void destroy() {
        if (ownConnection != null) {
            try {
                ownConnection.close();
            } catch (Exception e) {
                log.debug("Closing the event writer's connection failed: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the jobs that produce events and before the data source closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private static final class Pending {
        private final UUID streamId;
        private final String type;
        private final String dataJson;
        private final CompletableFuture<Long> written;
        private long seq;

        Pending(UUID streamId, String type, String dataJson, CompletableFuture<Long> written) {
            this.streamId = streamId;
            this.type = type;
            this.dataJson = dataJson;
            this.written = written;
        }

        UUID streamId() {
            return streamId;
        }

        String type() {
            return type;
        }

        String dataJson() {
            return dataJson;
        }

        CompletableFuture<Long> written() {
            return written;
        }
    }
}
