package io.vectort.providers;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@link CallRecord}s to {@code llm_calls} in batches from a background thread, so that
 * accounting never adds a database round trip to an LLM call and a burst of calls costs a few
 * multi-row inserts instead of one write each. Records still queued at shutdown are flushed.
 */
final class CallLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallLog.class);
    private static final int CAPACITY = 100_000;
    private static final int BATCH = 500;
    private static final Duration FLUSH_DEADLINE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Duration flushInterval;
    private final BlockingQueue<CallRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private Thread writer = Thread.ofVirtual().unstarted(() -> {});

    CallLog(JdbcTemplate jdbc, Duration flushInterval) {
        this.jdbc = jdbc;
        this.flushInterval = flushInterval;
    }

    void record(CallRecord call) {
        if (!queue.offer(call)) {
            // Only when the database has been unreachable for a long time; metrics still count the call.
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofVirtual().name("llm-call-log").start(this::loop);
    }

    /**
     * Lets the writer finish its batch (interrupting a virtual thread inside socket I/O would close
     * the database connection under it), then writes what is left.
     */
    @Override
    public void stop() {
        running = false;
        try {
            writer.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    /**
     * After the web server stopped (so the calls of drained requests are recorded) and before the
     * data source closes.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Pausing would leave records unwritten while the context waits: keep writing. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    private void loop() {
        while (running) {
            try {
                CallRecord first = queue.poll(flushInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    Thread.sleep(flushInterval.toMillis() / 4); // let a burst gather into one batch
                    List<CallRecord> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Writes everything queued now, giving up after {@link #FLUSH_DEADLINE} when the database does
     * not answer: shutdown must finish, and the count of lost records is logged.
     */
    void flush() {
        long deadline = System.nanoTime() + FLUSH_DEADLINE.toNanos();
        List<CallRecord> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            if (!tryWrite(batch)) {
                if (System.nanoTime() > deadline) {
                    log.error(
                            "Could not write {} LLM call records before shutdown; they are lost",
                            batch.size() + queue.size());
                    queue.clear();
                    return;
                }
                batch.forEach(queue::offer);
                sleepQuietly();
            }
            batch.clear();
        }
    }

    private void write(List<CallRecord> batch) {
        if (!tryWrite(batch)) {
            log.warn("Could not write {} LLM call records, retrying them later", batch.size());
            batch.forEach(this::record);
            sleepQuietly();
        }
    }

    private boolean tryWrite(List<CallRecord> batch) {
        try {
            jdbc.batchUpdate("""
                    insert into llm_calls (id, occurred_at, source, org_id, api_key_id, requested_model, deployment,
                        provider, model, status, error_kind, input_tokens, output_tokens, usage_estimated, cost_usd,
                        latency_ms, ttft_ms, fallbacks, route_reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch.stream().map(CallLog::row).toList());
            return true;
        } catch (RuntimeException e) {
            log.debug("Writing {} LLM call records failed: {}", batch.size(), e.toString());
            return false;
        }
    }

    private static Object[] row(CallRecord c) {
        return new Object[] {
            c.id(),
            Timestamp.from(c.occurredAt()),
            c.context().source(),
            c.context().userId().orElse(null),
            c.context().apiKeyId().orElse(null),
            c.requestedModel(),
            c.deployment().map(Deployment::name).orElse(null),
            c.deployment().map(Deployment::provider).orElse(null),
            c.deployment().map(Deployment::model).orElse(null),
            c.status(),
            c.errorKind().map(Enum::name).orElse(null),
            c.usage().inputTokens(),
            c.usage().outputTokens(),
            c.usage().estimated(),
            c.costUsd(),
            (int) Math.min(Integer.MAX_VALUE, c.latencyMillis()),
            c.timeToFirstTokenMillis().isPresent()
                    ? (int) c.timeToFirstTokenMillis().getAsLong()
                    : null,
            c.fallbacks(),
            c.routeReason()
        };
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
