package io.vectort.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code cache_settings}, read through a short-lived per-node cache: the similar-prompt check runs
 * on every Builder miss. A change made on another node is seen here within {@link #FRESHNESS}.
 */
final class SettingsStore {

    static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final LoadingCache<UUID, ScopeSettings> cached;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.cached = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(FRESHNESS)
                .build(this::load);
    }

    ScopeSettings of(UUID scope) {
        return cached.get(scope);
    }

    void save(UUID scope, ScopeSettings settings) {
        jdbc.sql("""
                        insert into cache_settings (scope, similar_prompts, threshold, updated_at)
                        values (:scope, :similar, :threshold, now())
                        on conflict (scope) do update set similar_prompts = excluded.similar_prompts,
                          threshold = excluded.threshold, updated_at = now()""")
                .param("scope", scope)
                .param("similar", settings.similarPrompts())
                .param(
                        "threshold",
                        settings.similarityThreshold().isPresent()
                                ? BigDecimal.valueOf(
                                                settings.similarityThreshold().getAsDouble())
                                        .setScale(4, RoundingMode.HALF_EVEN)
                                : null,
                        java.sql.Types.NUMERIC)
                .update();
        cached.invalidate(scope);
    }

    private ScopeSettings load(UUID scope) {
        return jdbc.sql("select similar_prompts, threshold from cache_settings where scope = :scope")
                .param("scope", scope)
                .query((rs, row) -> {
                    // Null for SQL NULL: getFloat() gave 0.0, and wasNull() then spoke of whichever column was read
                    // last.
                    BigDecimal threshold = rs.getBigDecimal("threshold");
                    return new ScopeSettings(
                            rs.getBoolean("similar_prompts"),
                            threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold.doubleValue()));
                })
                .optional()
                .orElse(ScopeSettings.DEFAULT);
    }
}
