package io.vectort.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Carries append signals between nodes with PostgreSQL LISTEN/NOTIFY: an append notifies in its
 * transaction (so the notice leaves only on commit), and every node listens on one connection and
 * wakes its local followers of that stream. When the connection is lost, followers fall back to
 * re-reading the log every {@code vectort.events.follow-poll} until it is back.
 */
final class CrossNodeSignals implements SmartLifecycle {

    static final String CHANNEL = "vectort_events";

    private static final Logger log = LoggerFactory.getLogger(CrossNodeSignals.class);
    private static final Duration RECONNECT = Duration.ofSeconds(2);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final AppendSignals signals;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener = Thread.ofVirtual().unstarted(() -> {});

    CrossNodeSignals(DataSource dataSource, AppendSignals signals) {
        this.dataSource = dataSource;
        this.signals = signals;
    }

    /** True while notices from other nodes arrive (exposed for health and tests). */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("event-notifications").start(this::listen);
    }

    private void listen() {
        boolean failedBefore = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                if (failedBefore) {
                    log.info("Listening for events of other nodes again");
                    failedBefore = false;
                }
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            wake(notice.getParameter());
                        }
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("unlisten *"); // the connection goes back to the pool
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running && !failedBefore) {
                    log.warn(
                            "Lost the event notification connection, followers poll until it is back: {}",
                            e.toString());
                    failedBefore = true;
                }
                sleep();
            }
        }
        listening = false;
    }

    /** A notice names one stream, or several separated by commas (a batch of appends). */
    private void wake(String payload) {
        for (String stream : payload.split(",")) {
            try {
                signals.signal(UUID.fromString(stream));
            } catch (IllegalArgumentException e) {
                log.debug("Ignored a malformed event notice: {}", payload);
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops late: after the web server drained its streams, before the data source closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
