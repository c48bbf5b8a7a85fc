package io.vectort.assistant.reminders;

import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes nudges delivered longer ago than {@code vectort.assistant.notification-retention} (90
 * days), in batches: a daily reminder leaves one or two rows a day per user, forever otherwise. The
 * reminders themselves are kept; an old nudge has nothing left to acknowledge.
 */
@Component
class NotificationRetention implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Duration retention;

    NotificationRetention(JdbcClient jdbc, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.notificationRetention();
    }

    @Override
    public String name() {
        return "assistant-notification-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Timestamp cutoff = Timestamp.from(Instant.now().minus(retention));
        long total = 0;
        int deleted;
        do {
            deleted =
                    jdbc.sql("""
                            delete from assistant_notifications where id in (
                                select id from assistant_notifications where fired_at < :cutoff limit :batch)""").param("cutoff", cutoff).param("batch", BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} assistant notifications delivered before {}", total, cutoff.toInstant());
        }
    }
}
