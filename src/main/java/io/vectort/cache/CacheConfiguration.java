package io.vectort.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.redis.RedisConnections;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cache's beans: the layers, the public {@link ResponseCache}, the flusher and the two jobs. */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CacheMetrics cacheMetrics(MeterRegistry registry) {
        return new CacheMetrics(registry);
    }

    @Bean
    PostgresArchive cacheArchive(JdbcClient jdbc, JdbcTemplate batches) {
        return new PostgresArchive(jdbc, batches);
    }

    @Bean
    CacheStats cacheStats(JdbcClient jdbc) {
        return new CacheStats(jdbc, Clock.systemUTC());
    }

    @Bean
    SettingsStore cacheSettingsStore(JdbcClient jdbc) {
        return new SettingsStore(jdbc);
    }

    @Bean
    LayeredResponseCache responseCache(
            CacheProperties properties,
            PostgresArchive archive,
            RedisConnections redisConnections,
            SettingsStore settings,
            CacheMetrics metrics,
            CacheStats stats) {
        Optional<RedisLayer> redis = redisConnections
                .client()
                .map(client -> new RedisLayer(client, properties.l2().timeout(), metrics));
        return new LayeredResponseCache(
                properties,
                new CaffeineLayer(properties.l1()),
                redis,
                archive,
                new SimilarPromptIndex(archive, properties.similar()),
                settings,
                metrics,
                stats);
    }

    @Bean
    CacheAdministration cacheAdministration(
            SettingsStore settings,
            LayeredResponseCache cache,
            PostgresArchive archive,
            JdbcClient jdbc,
            CacheProperties properties) {
        return new CacheAdministration(
                settings, cache, archive, jdbc, properties.similar().threshold());
    }

    @Bean
    CacheFlusher cacheFlusher(PostgresArchive archive, CacheStats stats, CacheProperties properties) {
        return new CacheFlusher(archive, stats, properties.flushInterval());
    }

    @Bean
    CacheArchivePurge cacheArchivePurge(PostgresArchive archive, CacheProperties properties) {
        return new CacheArchivePurge(archive, properties.l3().purgeInterval(), properties.statsRetention());
    }

    @Bean
    CacheWarming cacheWarming(
            PostgresArchive archive,
            ResponseCache cache,
            ObjectProvider<CacheWarmer> warmers,
            CacheProperties properties) {
        return new CacheWarming(archive, cache, warmers, properties.warming());
    }
}
