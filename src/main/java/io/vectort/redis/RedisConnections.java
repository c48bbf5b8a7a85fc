package io.vectort.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.tracing.MicrometerTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;

/**
 * The process's Redis client, if one is configured. Connections are opened by the modules that use
 * them (each with its own codec); the client owns the threads and is shut down with the context.
 * Lettuce multiplexes commands over these few connections instead of pooling them, so Redis "pool
 * use" is read from its command timings: {@code lettuce_command_completion_seconds{command,remote}}
 * (per command type, never per key).
 */
public final class RedisConnections implements AutoCloseable {

    private final Optional<RedisClient> client;
    private final Optional<ClientResources> resources;

    private RedisConnections(Optional<RedisClient> client, Optional<ClientResources> resources) {
        this.client = client;
        this.resources = resources;
    }

    /**
     * With {@code tracing}, each command is a client span ({@code db.system=redis}, the command's
     * name, never its arguments: keys carry ids and values carry cached answers).
     */
    static RedisConnections from(RedisSettings settings, MeterRegistry meters, Optional<ObservationRegistry> tracing) {
        if (!settings.configured()) {
            return new RedisConnections(Optional.empty(), Optional.empty());
        }
        RedisURI uri = RedisURI.create(settings.url());
        uri.setTimeout(settings.commandTimeout());
        DefaultClientResources.Builder builder = DefaultClientResources.builder()
                // localDistinction off: one series per command type, not per local connection port.
                .commandLatencyRecorder(new MicrometerCommandLatencyRecorder(
                        meters,
                        MicrometerOptions.builder().localDistinction(false).build()));
        tracing.ifPresent(observations -> builder.tracing(new MicrometerTracing(observations, "redis", false)));
        ClientResources resources = builder.build();
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // While Redis is down, commands fail at once instead of queueing behind a reconnect.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .build());
        return new RedisConnections(Optional.of(client), Optional.of(resources));
    }

    public Optional<RedisClient> client() {
        return client;
    }

    @Override
    public void close() {
        client.ifPresent(RedisClient::shutdown);
        resources.ifPresent(ClientResources::shutdown);
    }
}
