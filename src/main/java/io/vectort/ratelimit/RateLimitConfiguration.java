package io.vectort.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.redis.RedisConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis-backed limits when Redis is configured, this node's otherwise. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RedisConnections redis, MeterRegistry meters) {
        return redis.client()
                .<RateLimiter>map(client -> new RedisRateLimiter(client, meters))
                .orElseGet(LocalRateLimiter::new);
    }
}
