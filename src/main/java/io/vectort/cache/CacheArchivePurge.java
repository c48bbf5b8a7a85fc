package io.vectort.cache;

import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired archive rows (they are never served, this only reclaims the space) and daily
 * statistics older than {@code vectort.cache.stats-retention}.
 */
final class CacheArchivePurge implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(CacheArchivePurge.class);
    private static final int BATCH = 5_000;

    private final PostgresArchive archive;
    private final Duration interval;
    private final Duration statsRetention;

    CacheArchivePurge(PostgresArchive archive, Duration interval, Duration statsRetention) {
        this.archive = archive;
        this.interval = interval;
        this.statsRetention = statsRetention;
    }

    @Override
    public String name() {
        return "cache-archive-purge";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        int stats = archive.purgeOldStats(statsRetention);
        if (stats > 0) {
            log.info("Purged {} daily cache statistics older than {}", stats, statsRetention);
        }
        long purged = archive.purgeExpired(BATCH);
        if (purged > 0) {
            log.info("Purged {} expired response cache entries", purged);
        }
    }
}
