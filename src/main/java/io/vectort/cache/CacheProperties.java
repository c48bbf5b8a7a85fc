package io.vectort.cache;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Response cache settings, prefix {@code vectort.cache} (environment {@code VECTORT_CACHE_*}, e.g.
 * {@code VECTORT_CACHE_L2_TTL=12h}). See docs/CACHE.md.
 *
 * @param enabled master switch; off, every lookup misses and nothing is stored
 * @param builderEnabled whether Builder generations are cached
 * @param chatEnabled whether {@code /v1/chat/completions} responses are cached
 * @param maxValueSize responses larger than this are not cached
 * @param flushInterval how often hit counts and per-scope statistics are written in batches
 * @param statsRetention how long daily per-scope statistics are kept (the stats endpoint shows at
 *     most 366 days; less retention shows fewer)
 */
@Validated
@ConfigurationProperties("vectort.cache")
record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean builderEnabled,
        @DefaultValue("true") boolean chatEnabled,
        @DefaultValue("2MB") DataSize maxValueSize,
        @DefaultValue("5s") Duration flushInterval,
        @DefaultValue("400d") Duration statsRetention,
        @DefaultValue @Valid L1 l1,
        @DefaultValue @Valid L2 l2,
        @DefaultValue @Valid L3 l3,
        @DefaultValue @Valid Similar similar,
        @DefaultValue @Valid Warming warming) {

    CacheProperties {
        if (statsRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException(
                    "vectort.cache.stats-retention (VECTORT_RETENTION_CACHE_STATS) must be at least 1d, was "
                            + statsRetention);
        }
    }

    boolean enabled(CacheType type) {
        return enabled && (type == CacheType.BUILDER ? builderEnabled : chatEnabled);
    }

    /**
     * @param maxItems entries kept in this process
     * @param ttl how long an entry stays in this process
     */
    record L1(
            @DefaultValue("1000") @Min(0) long maxItems,
            @DefaultValue("5m") Duration ttl) {}

    /**
     * @param ttl how long an entry stays in Redis (used only when {@code vectort.redis.url} is set)
     * @param timeout how long a Redis command may take before it counts as a miss
     */
    record L2(
            @DefaultValue("24h") Duration ttl,
            @DefaultValue("100ms") Duration timeout) {}

    /**
     * @param ttl how long an entry stays in the PostgreSQL archive
     * @param purgeInterval how often expired archive rows are deleted
     */
    record L3(
            @DefaultValue("30d") Duration ttl,
            @DefaultValue("1h") Duration purgeInterval) {}

    /**
     * @param threshold default cosine similarity a paraphrase must reach (a scope may set its own)
     * @param maxCandidates newest entries per scope, framework and app type compared to a probe
     * @param indexTtl how long a node keeps a scope's candidates in memory (puts on this node
     *     invalidate them at once; puts on other nodes become visible after this)
     * @param indexScopes scope/framework/app-type candidate lists kept in memory
     */
    record Similar(
            @DefaultValue("0.90") @DecimalMin("0.80") @DecimalMax("0.99")
            double threshold,

            @DefaultValue("5000") @Min(1) @Max(100000) int maxCandidates,
            @DefaultValue("1m") Duration indexTtl,
            @DefaultValue("200") @Min(1) long indexScopes) {}

    /**
     * @param enabled whether popular entries are regenerated before they expire
     * @param interval how often the warming job runs
     * @param minHits hits since it was stored that make an entry popular
     * @param window entries expiring within this window are regenerated
     * @param maxPerRun entries regenerated per run at most
     */
    record Warming(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1h") Duration interval,
            @DefaultValue("5") @Min(1) long minHits,
            @DefaultValue("24h") Duration window,
            @DefaultValue("20") @Min(1) @Max(1000) int maxPerRun) {}
}
