package io.vectort.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Says at startup whether the configured Redis answers. A node starts without it — Redis only
 * makes limits exact across nodes and shares the cache — but the operator learns at once which
 * address is wrong instead of finding a degraded node later.
 */
final class RedisStartupCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RedisStartupCheck.class);

    private final RedisHealth health;
    private final String url;

    RedisStartupCheck(RedisHealth health, String url) {
        this.health = health;
        this.url = url;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (health.reachable()) {
            log.info("Redis at {} answers: rate limits and the L2 cache are shared by all nodes", url);
        } else {
            log.error(
                    "Redis at {} (VECTORT_REDIS_URL) does not answer: this node starts DEGRADED, with rate limits"
                            + " counted per node and no shared cache, until it does",
                    url);
        }
    }
}
