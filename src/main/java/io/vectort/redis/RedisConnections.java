package io.vectort.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import java.util.Optional;

/**
 * The process's Redis client, if one is configured. Connections are opened by the modules that use
 * them (each with its own codec); the client owns the threads and is shut down with the context.
 */
public final class RedisConnections implements AutoCloseable {

    private final Optional<RedisClient> client;

    private RedisConnections(Optional<RedisClient> client) {
        this.client = client;
    }

    static RedisConnections from(RedisSettings settings) {
        if (!settings.configured()) {
            return new RedisConnections(Optional.empty());
        }
        RedisURI uri = RedisURI.create(settings.url());
        uri.setTimeout(settings.commandTimeout());
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // While Redis is down, commands fail at once instead of queueing behind a reconnect.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .build());
        return new RedisConnections(Optional.of(client));
    }

    public Optional<RedisClient> client() {
        return client;
    }

    @Override
    public void close() {
        client.ifPresent(RedisClient::shutdown);
    }
}
