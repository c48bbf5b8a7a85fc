package io.vectort.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** L2 against a Redis that is not there: misses and skipped writes, counted, never an exception. */
class RedisLayerTest {

    @Test
    void answersMissesWithinItsTimeoutWhenRedisIsDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + closedPort);
        try (RedisLayer layer = new RedisLayer(client, Duration.ofMillis(100), new CacheMetrics(registry))) {
            CacheKey key = new CacheKey(UUID.randomUUID(), CacheType.CHAT, CacheKeys.sha256("k"));
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                layer.put(key, new CachedResponse("body", Instant.now()), Duration.ofMinutes(1));
                assertThat(layer.get(key)).isEmpty();
                layer.evict(key);
                layer.evictScope(key.scope());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(Duration.ofSeconds(2));
            assertThat(layer.connected()).isFalse();
            assertThat(registry.get("vectort.cache.errors")
                            .tag("layer", "l2")
                            .counter()
                            .count())
                    .isGreaterThanOrEqualTo(80);
        } finally {
            client.shutdown();
        }
    }
}
