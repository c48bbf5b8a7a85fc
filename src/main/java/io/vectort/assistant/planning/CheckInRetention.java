package io.vectort.assistant.planning;

import io.vectort.assistant.reminders.ReminderProperties;
import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes check-in rows as old as the notifications they delivered
 * ({@code vectort.assistant.notification-retention}). Only the last day or two matter for "once a
 * day"; the rest is history, two rows a day per user otherwise kept forever.
 */
@Component
class CheckInRetention implements RecurringJob {

    private final JdbcClient jdbc;
    private final Duration retention;

    CheckInRetention(JdbcClient jdbc, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.notificationRetention();
    }

    @Override
    public String name() {
        return "assistant-check-in-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        jdbc.sql("delete from assistant_check_ins where due_at < :cutoff")
                .param("cutoff", Timestamp.from(Instant.now().minus(retention)))
                .update();
    }
}
