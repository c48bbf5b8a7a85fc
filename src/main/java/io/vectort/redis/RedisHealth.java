package io.vectort.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the configured Redis answers. Redis is an optimisation, not a dependency: without it
 * limits are counted per node and the cache keeps its in-process and PostgreSQL layers. So an
 * unreachable Redis makes this node {@code DEGRADED} — still ready for traffic (HTTP 200) — and
 * sets the gauge {@code vectort_redis_up} to 0 for the alert, rather than taking every node out
 * of the load balancer at once.
 */
public final class RedisHealth implements HealthIndicator {

    /** Serves traffic with reduced guarantees; mapped to HTTP 200 in application.yml. */
    public static final Status DEGRADED = new Status("DEGRADED", "Redis is unreachable: limits are per node");

    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    private final RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean up;
    private volatile Instant checkedAt = Instant.EPOCH;

    RedisHealth(RedisClient client, MeterRegistry meters) {
        this.client = client;
        Gauge.builder("vectort.redis.up", this, health -> health.reachable() ? 1 : 0)
                .description("1 while the configured Redis answers a PING, 0 while it does not")
                .register(meters);
    }

    @Override
    public Health health() {
        return reachable() ? Health.up().build() : Health.status(DEGRADED).build();
    }

    /** PINGs at most every two seconds, however often health or metrics are read. */
    boolean reachable() {
        if (Instant.now().isAfter(checkedAt.plus(CHECK_EVERY))) {
            checkedAt = Instant.now();
            up = ping();
        }
        return up;
    }

    private boolean ping() {
        try {
            StatefulRedisConnection<String, String> open = connection;
            if (open == null || !open.isOpen()) {
                open = client.connect();
                connection = open;
            }
            return "PONG".equals(open.sync().ping());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
