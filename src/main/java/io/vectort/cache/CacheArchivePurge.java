package io.vectort.cache;

import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired archive rows (they are never served, this only reclaims the space) and daily
 * statistics older than the stats endpoint can show.
 */
final class CacheArchivePurge implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(CacheArchivePurge.class);
    private static final int BATCH = 5_000;

    private final PostgresArchive archive;
    private final Duration interval;

    CacheArchivePurge(PostgresArchive archive, Duration interval) {
        this.archive = archive;
        this.interval = interval;
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
        archive.purgeOldStats();
        long purged = archive.purgeExpired(BATCH);
        if (purged > 0) {
            log.info("Purged {} expired response cache entries", purged);
        }
    }
}
