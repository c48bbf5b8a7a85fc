package io.vectort.console;

import io.vectort.jobs.JobQueue;
import io.vectort.providers.LlmRouter;
import io.vectort.redis.RedisHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Live health: database and Redis, queue depth, nodes, providers' circuits, rollup freshness. */
@Service
public class HealthReports {

    private final JdbcClient jdbc;
    private final JobQueue jobs;
    private final LlmRouter router;
    private final ObjectProvider<RedisHealth> redis;
    private final NodeHeartbeats heartbeats;
    private final Duration nodeTimeout;

    HealthReports(
            JdbcClient jdbc,
            JobQueue jobs,
            LlmRouter router,
            ObjectProvider<RedisHealth> redis,
            NodeHeartbeats heartbeats,
            ConsoleProperties properties) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.router = router;
        this.redis = redis;
        this.heartbeats = heartbeats;
        this.nodeTimeout = properties.nodeHeartbeat().multipliedBy(3);
    }

    public PlatformHealth now() {
        long started = System.nanoTime();
        String database;
        try {
            jdbc.sql("select 1").query(Integer.class).single();
            database = "up";
        } catch (RuntimeException e) {
            database = "down";
        }
        long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
        RedisHealth redisHealth = redis.getIfAvailable();
        String redisState = redisHealth == null
                ? "not-configured"
                : redisHealth.health().getStatus().getCode().toLowerCase(Locale.ROOT);
        if (database.equals("down")) {
            return new PlatformHealth(database, latency, redisState, 0, List.of(), router.circuits(), List.of());
        }
        Instant aliveAfter = Instant.now().minus(nodeTimeout);
        List<PlatformHealth.Node> nodes = jdbc.sql(
                        "select name, started_at, last_seen_at from console_nodes order by started_at, name")
                .query((rs, n) -> {
                    Instant seen = rs.getTimestamp("last_seen_at").toInstant();
                    String name = rs.getString("name");
                    return new PlatformHealth.Node(
                            name,
                            rs.getTimestamp("started_at").toInstant(),
                            seen,
                            seen.isAfter(aliveAfter),
                            name.equals(heartbeats.name()));
                })
                .list();
        List<PlatformHealth.Watermark> rollups = jdbc.sql(
                        "select source, rolled_up_to from console_watermarks order by source")
                .query((rs, n) -> new PlatformHealth.Watermark(
                        rs.getString("source"), rs.getTimestamp("rolled_up_to").toInstant()))
                .list();
        return new PlatformHealth(database, latency, redisState, jobs.dueCount(), nodes, router.circuits(), rollups);
    }
}
