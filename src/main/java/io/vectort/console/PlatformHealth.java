package io.vectort.console;

import io.vectort.providers.DeploymentCircuit;
import java.time.Instant;
import java.util.List;

/**
 * The platform right now. {@code database} and {@code redis}: {@code up}, {@code down},
 * {@code degraded} or (Redis only) {@code not-configured}. Circuits are this node's view.
 */
public record PlatformHealth(
        String database,
        long databaseLatencyMs,
        String redis,
        long queueDepth,
        List<Node> nodes,
        List<DeploymentCircuit> providers,
        List<Watermark> rollups) {

    public record Node(String name, Instant startedAt, Instant lastSeenAt, boolean alive, boolean current) {}

    public record Watermark(String source, Instant rolledUpTo) {}
}
