package io.vectort.redis;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnections redisConnections(
            RedisSettings settings,
            MeterRegistry meters,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<ObservationRegistry> observations) {
        // Spans per command only while tracing is on (io.vectort.tracing): off, there is no tracer.
        Optional<ObservationRegistry> tracing = tracer.getIfAvailable(() -> Tracer.NOOP) == Tracer.NOOP
                ? Optional.empty()
                : Optional.ofNullable(observations.getIfAvailable());
        return RedisConnections.from(settings, meters, tracing);
    }

    /**
     * The command observations (tracing on) make spans only: command latencies are already {@code
     * lettuce.command.*}, recorded whether tracing is on or not.
     */
    @Bean
    MeterFilter redisCommandObservationIsNotAMetric() {
        return MeterFilter.deny(
                id -> id.getName().equals("lettuce") || id.getName().equals("lettuce.active"));
    }

    /** Only with Redis configured: a node without Redis is not degraded, it is a single node. */
    @Bean
    @ConditionalOnExpression("'${vectort.redis.url:}' != ''")
    RedisHealth redisHealthIndicator(RedisConnections connections, MeterRegistry meters) {
        return new RedisHealth(connections.client().orElseThrow(), meters);
    }

    @Bean
    @ConditionalOnExpression("'${vectort.redis.url:}' != ''")
    RedisStartupCheck redisStartupCheck(RedisHealth health, RedisSettings settings) {
        return new RedisStartupCheck(health, settings.redactedUrl());
    }
}
