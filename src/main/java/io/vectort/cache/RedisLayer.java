package io.vectort.cache;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * L2: entries shared by every node, in Redis under {@code vectort:cache:<type>:<scope>:<hash>},
 * the value being the storage instant in epoch milliseconds, a newline, then the body. Every
 * command waits at most the configured timeout; a failure (Redis down, slow, not yet connected) is
 * a miss or a skipped write, counted and logged by {@link CacheMetrics}, never an exception. The
 * connection is opened in the background so that a Redis that does not answer cannot delay
 * startup; until it is open, L2 misses.
 */
final class RedisLayer implements AutoCloseable {

    private static final Duration RECONNECT_BACKOFF = Duration.ofSeconds(5);

    private final RedisClient client;
    private final Duration timeout;
    private final CacheMetrics metrics;
    private final AtomicReference<StatefulRedisConnection<String, String>> connection = new AtomicReference<>();
    private final AtomicReference<Instant> nextConnectAttempt = new AtomicReference<>(Instant.EPOCH);
    private volatile boolean closed;

    RedisLayer(RedisClient client, Duration timeout, CacheMetrics metrics) {
        this.client = client;
        this.timeout = timeout;
        this.metrics = metrics;
        connectInBackground();
    }

    static String key(CacheKey key) {
        return "vectort:cache:" + key.type().tag() + ":" + key.scope() + ":" + key.hash();
    }

    /** Whether the connection is open (tests wait for it). */
    boolean connected() {
        StatefulRedisConnection<String, String> open = connection.get();
        return open != null && open.isOpen();
    }

    Optional<CachedResponse> get(CacheKey key) {
        Optional<RedisAsyncCommands<String, String>> commands = commands();
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        try {
            String value = await(commands.get().get(key(key)));
            if (value == null) {
                return Optional.empty();
            }
            int newline = value.indexOf('\n');
            return Optional.of(new CachedResponse(
                    value.substring(newline + 1), Instant.ofEpochMilli(Long.parseLong(value.substring(0, newline)))));
        } catch (RuntimeException | TimeoutException | ExecutionException e) {
            metrics.error("l2", "read", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    void put(CacheKey key, CachedResponse value, Duration ttl) {
        if (ttl.toMillis() <= 0) {
            return;
        }
        run(
                "write",
                commands -> commands.set(
                        key(key),
                        value.storedAt().toEpochMilli() + "\n" + value.body(),
                        SetArgs.Builder.px(ttl.toMillis())));
    }

    void evict(CacheKey key) {
        run("evict", commands -> commands.del(key(key)));
    }

    /** Deletes every key of the scope, scanning in pages. */
    void evictScope(UUID scope) {
        Optional<RedisAsyncCommands<String, String>> commands = commands();
        if (commands.isEmpty()) {
            return;
        }
        try {
            ScanArgs match =
                    ScanArgs.Builder.matches("vectort:cache:*:" + scope + ":*").limit(500);
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = await(commands.get().scan(cursor, match));
                if (!page.getKeys().isEmpty()) {
                    await(commands.get().del(page.getKeys().toArray(String[]::new)));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } catch (RuntimeException | TimeoutException | ExecutionException e) {
            metrics.error("l2", "clear a scope", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(
            String operation, java.util.function.Function<RedisAsyncCommands<String, String>, Future<?>> command) {
        Optional<RedisAsyncCommands<String, String>> commands = commands();
        if (commands.isEmpty()) {
            return;
        }
        try {
            await(command.apply(commands.get()));
        } catch (RuntimeException | TimeoutException | ExecutionException e) {
            metrics.error("l2", operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T await(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    private Optional<RedisAsyncCommands<String, String>> commands() {
        StatefulRedisConnection<String, String> open = connection.get();
        if (open == null) {
            connectInBackground();
            metrics.error("l2", "connect", new IllegalStateException("Redis is not connected"));
            return Optional.empty();
        }
        return Optional.of(open.async());
    }

    /** Starts one connection attempt unless one ran within the backoff. */
    private void connectInBackground() {
        Instant now = Instant.now();
        Instant next = nextConnectAttempt.get();
        if (closed || now.isBefore(next) || !nextConnectAttempt.compareAndSet(next, now.plus(RECONNECT_BACKOFF))) {
            return;
        }
        Thread.ofVirtual().name("cache-redis-connect").start(() -> {
            try {
                StatefulRedisConnection<String, String> opened = client.connect(StringCodec.UTF8);
                if (closed || !connection.compareAndSet(null, opened)) {
                    opened.close();
                }
            } catch (RuntimeException e) {
                metrics.error("l2", "connect", e);
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        StatefulRedisConnection<String, String> open = connection.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }
}
