package io.vectort.cache;

import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Pre-generates popular prompts: archived Builder entries hit at least {@code min-hits} times since
 * they were stored and expiring within {@code window} are handed to the first {@link CacheWarmer}
 * that supports them, and a regenerated response is stored with a fresh expiry (its hit count
 * starts again, so an entry stays warm only while it stays popular). Without a warmer nothing
 * happens and entries expire.
 */
final class CacheWarming implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(CacheWarming.class);

    private final PostgresArchive archive;
    private final ResponseCache cache;
    private final ObjectProvider<CacheWarmer> warmers;
    private final CacheProperties.Warming settings;

    CacheWarming(
            PostgresArchive archive,
            ResponseCache cache,
            ObjectProvider<CacheWarmer> warmers,
            CacheProperties.Warming settings) {
        this.archive = archive;
        this.cache = cache;
        this.warmers = warmers;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "cache-warming";
    }

    @Override
    public Duration interval() {
        return settings.interval();
    }

    @Override
    public void run() {
        if (!settings.enabled()) {
            return;
        }
        List<CacheWarmer> available = warmers.orderedStream().toList();
        if (available.isEmpty()) {
            return;
        }
        int warmed = 0;
        for (WarmCandidate candidate :
                archive.warmCandidates(settings.minHits(), settings.window(), settings.maxPerRun())) {
            Optional<CachedResponse> fresh = regenerate(available, candidate);
            if (fresh.isPresent()) {
                candidate
                        .tag()
                        .ifPresentOrElse(
                                tag -> cache.put(candidate.key(), fresh.get(), tag),
                                () -> cache.put(candidate.key(), fresh.get()));
                warmed++;
            }
        }
        if (warmed > 0) {
            log.info("Warmed {} popular response cache entries", warmed);
        }
    }

    /** Asks each warmer of the entry's type in turn; the first answer wins. */
    private static Optional<CachedResponse> regenerate(List<CacheWarmer> warmers, WarmCandidate candidate) {
        for (CacheWarmer warmer : warmers) {
            if (!warmer.supports(candidate.key().type())) {
                continue;
            }
            try {
                Optional<CachedResponse> fresh = warmer.regenerate(candidate);
                if (fresh.isPresent()) {
                    return fresh;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Cache warmer failed for entry {} of scope {}: {}",
                        candidate.key().hash(),
                        candidate.key().scope(),
                        e.toString());
            }
        }
        return Optional.empty();
    }
}
