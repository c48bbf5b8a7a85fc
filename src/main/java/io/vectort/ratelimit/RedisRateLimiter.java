package io.vectort.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, updated by compare-and-swap (Bucket4j's Lettuce proxy manager): every node
 * sees the same bucket, so a limit holds across the cluster exactly. When Redis cannot answer, the
 * request is decided by this node's buckets instead — limits become per node for that time, never
 * a failed request — and {@code vectort_ratelimit_redis_fallbacks_total} counts it.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    /** How long after a failed connection attempt the next one is made (requests meanwhile decide locally). */
    private static final Duration RECONNECT_BACKOFF = Duration.ofSeconds(2);

    private final RedisClient client;
    private final LocalRateLimiter fallback = new LocalRateLimiter();
    private final Counter fallbacks;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);
    private final AtomicReference<Instant> nextConnectAttempt = new AtomicReference<>(Instant.EPOCH);
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;

    /** Connects on first use: a node whose Redis is down at startup starts, deciding locally. */
    public RedisRateLimiter(RedisClient client, MeterRegistry meters) {
        this.client = client;
        this.fallbacks = Counter.builder("vectort.ratelimit.redis.fallbacks")
                .description("Rate-limit decisions taken locally because Redis did not answer")
                .register(meters);
    }

    @Override
    public RateDecision tryAcquire(String key, RateLimit limit) {
        try {
            return Buckets.decision(
                    limit,
                    buckets()
                            .getProxy("vectort:ratelimit:" + key, () -> Buckets.configuration(limit))
                            .tryConsumeAndReturnRemaining(1));
        } catch (RuntimeException e) {
            fallbacks.increment();
            Instant now = Instant.now();
            Instant previous = lastWarning.get();
            if (previous.plusSeconds(60).isBefore(now) && lastWarning.compareAndSet(previous, now)) {
                log.warn("Redis unavailable for rate limits, deciding on this node: {}", e.toString());
            }
            return fallback.tryAcquire(key, limit);
        }
    }

    /** The shared buckets; once connected, Lettuce reconnects by itself after Redis comes back. */
    private ProxyManager<String> buckets() {
        ProxyManager<String> ready = buckets;
        if (ready != null) {
            return ready;
        }
        synchronized (this) {
            if (buckets != null) {
                return buckets;
            }
            Instant now = Instant.now();
            if (now.isBefore(nextConnectAttempt.get())) {
                throw new IllegalStateException("Redis was unreachable moments ago");
            }
            nextConnectAttempt.set(now.plus(RECONNECT_BACKOFF));
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                    .build();
            return buckets;
        }
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
    }
}
