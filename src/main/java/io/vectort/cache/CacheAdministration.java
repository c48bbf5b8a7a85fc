package io.vectort.cache;

import io.vectort.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a scope's owner can see and change about its cache: settings, statistics, clearing. */
public final class CacheAdministration {

    /** Bounds of a scope's own similarity threshold: below 0.80 MiniLM neighbours are topics, not paraphrases. */
    public static final double MIN_THRESHOLD = 0.80;

    public static final double MAX_THRESHOLD = 0.99;

    private final SettingsStore settings;
    private final LayeredResponseCache cache;
    private final PostgresArchive archive;
    private final JdbcClient jdbc;
    private final double defaultThreshold;

    CacheAdministration(
            SettingsStore settings,
            LayeredResponseCache cache,
            PostgresArchive archive,
            JdbcClient jdbc,
            double defaultThreshold) {
        this.settings = settings;
        this.cache = cache;
        this.archive = archive;
        this.jdbc = jdbc;
        this.defaultThreshold = defaultThreshold;
    }

    public ScopeSettings settings(UUID scope) {
        return settings.of(scope);
    }

    /** The threshold used for the scope: its own, or the configured default. */
    public double effectiveThreshold(UUID scope) {
        return settings.of(scope).similarityThreshold().orElse(defaultThreshold);
    }

    /** Saves the scope's settings; a threshold outside 0.80..0.99 is an invalid request. */
    public ScopeSettings updateSettings(UUID scope, ScopeSettings updated) {
        OptionalDouble threshold = updated.similarityThreshold();
        if (threshold.isPresent()
                && !(threshold.getAsDouble() >= MIN_THRESHOLD && threshold.getAsDouble() <= MAX_THRESHOLD)) {
            throw new InvalidRequestException("similarity_threshold", "out-of-range", "must be between 0.80 and 0.99");
        }
        settings.save(scope, updated);
        return settings.of(scope);
    }

    /** Hits and misses of the last {@code days} UTC days (today included), as last flushed. */
    public CacheSummary summary(UUID scope, int days) {
        Map<CacheType, CacheSummary.Counts> byType = new EnumMap<>(CacheType.class);
        for (CacheType type : CacheType.values()) {
            byType.put(type, CacheSummary.Counts.ZERO);
        }
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L);
        jdbc.sql("""
                        select cache_type, sum(l1_hits) l1, sum(l2_hits) l2, sum(l3_hits) l3,
                          sum(similar_hits) similar, sum(misses) misses
                        from cache_stats where scope = :scope and day >= :since group by cache_type""")
                .param("scope", scope)
                .param("since", since)
                .query((rs, row) -> {
                    byType.put(
                            CacheType.fromTag(rs.getString("cache_type")),
                            new CacheSummary.Counts(
                                    rs.getLong("l1"),
                                    rs.getLong("l2"),
                                    rs.getLong("l3"),
                                    rs.getLong("similar"),
                                    rs.getLong("misses")));
                    return row;
                })
                .list();
        CacheSummary.Counts total =
                byType.values().stream().reduce(CacheSummary.Counts.ZERO, CacheSummary.Counts::plus);
        return new CacheSummary(total, Map.copyOf(byType), archive.entries(scope));
    }

    /** Removes every entry of the scope from every layer; returns how many archived entries went. */
    public long clear(UUID scope) {
        return cache.clear(scope);
    }
}
