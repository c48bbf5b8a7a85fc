package io.vectort.cache;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Writes this node's counted hits and statistics every flush interval and once more at shutdown
 * (before the data source closes). Runs on every node: the counts live in each node's memory.
 */
final class CacheFlusher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheFlusher.class);

    private final PostgresArchive archive;
    private final CacheStats stats;
    private final Duration interval;
    private volatile boolean running;
    private Thread thread = Thread.ofVirtual().unstarted(() -> {});

    CacheFlusher(PostgresArchive archive, CacheStats stats, Duration interval) {
        this.archive = archive;
        this.stats = stats;
        this.interval = interval;
    }

    /** Writes what was counted so far; failures keep the counts for the next flush. */
    void flush() {
        try {
            archive.flushHits();
        } catch (RuntimeException e) {
            log.warn("Could not write cache hit counts, retrying at the next flush: {}", e.toString());
        }
        try {
            stats.flush();
        } catch (RuntimeException e) {
            log.warn("Could not write cache statistics, retrying at the next flush: {}", e.toString());
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("cache-flush").start(() -> {
            while (running) {
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
                flush();
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
