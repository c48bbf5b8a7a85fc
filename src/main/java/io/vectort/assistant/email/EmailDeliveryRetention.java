package io.vectort.assistant.email;

import io.vectort.assistant.reminders.ReminderProperties;
import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets which emails were sent once they are as old as the nudges they were about
 * ({@code vectort.assistant.notification-retention}): by then no job can ask about them again.
 */
@Component
class EmailDeliveryRetention implements RecurringJob {

    private final JdbcClient jdbc;
    private final Duration retention;

    EmailDeliveryRetention(JdbcClient jdbc, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.notificationRetention();
    }

    @Override
    public String name() {
        return "assistant-email-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        jdbc.sql("delete from assistant_email_deliveries where created_at < :cutoff")
                .param("cutoff", Timestamp.from(Instant.now().minus(retention)))
                .update();
    }
}
