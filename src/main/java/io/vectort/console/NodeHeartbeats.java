package io.vectort.console;

import io.vectort.shared.NodeName;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the cluster this node is alive: a row in {@code console_nodes} refreshed every heartbeat,
 * removed on a clean shutdown. A node that died keeps its row; the console shows it as gone once
 * it has missed three heartbeats, and rows unseen for a day are deleted by the next heartbeat.
 */
@Component
class NodeHeartbeats implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeats.class);

    private final JdbcClient jdbc;
    private final Duration interval;
    private final String name;
    private volatile boolean running;
    private Thread beater = Thread.ofVirtual().unstarted(() -> {});

    NodeHeartbeats(JdbcClient jdbc, ConsoleProperties properties, NodeName node) {
        this.jdbc = jdbc;
        this.name = node.value();
        this.interval = properties.nodeHeartbeat();
    }

    String name() {
        return name;
    }

    @Override
    public void start() {
        running = true;
        beater = Thread.ofVirtual().name("console-node-heartbeat").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        LockSupport.unpark(beater);
        try {
            beater.join(Duration.ofSeconds(5));
            jdbc.sql("delete from console_nodes where name = :name")
                    .param("name", name)
                    .update();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not remove node {} from console_nodes: {}", name, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                beat();
            } catch (RuntimeException e) {
                // The database is away: the next beat tries again, and health pages say so.
                log.debug("Node heartbeat failed: {}", e.toString());
            }
            LockSupport.parkNanos(interval.toNanos());
        }
    }

    void beat() {
        jdbc.sql("""
                        insert into console_nodes (name, started_at, last_seen_at) values (:name, now(), now())
                        on conflict (name) do update set last_seen_at = now()""").param("name", name).update();
        jdbc.sql("delete from console_nodes where last_seen_at < now() - interval '1 day'")
                .update();
    }
}
