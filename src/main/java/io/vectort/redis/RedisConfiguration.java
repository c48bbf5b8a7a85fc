package io.vectort.redis;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnections redisConnections(RedisSettings settings, MeterRegistry meters) {
        return RedisConnections.from(settings, meters);
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
