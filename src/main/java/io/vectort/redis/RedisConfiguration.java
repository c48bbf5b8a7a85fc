package io.vectort.redis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnections redisConnections(RedisSettings settings) {
        return RedisConnections.from(settings);
    }
}
