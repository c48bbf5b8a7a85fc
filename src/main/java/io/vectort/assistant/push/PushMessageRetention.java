package io.vectort.assistant.push;

import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes pushed nudges after a day, with their delivery records: by then every retry has ended
 * and the push services have dropped them (their TTL is an hour), and the nudge itself stays in the
 * in-app notifications.
 */
@Component
class PushMessageRetention implements RecurringJob {

    private final JdbcClient jdbc;

    PushMessageRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "assistant-push-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        jdbc.sql("delete from assistant_push_messages where created_at < now() - interval '1 day'")
                .update();
    }
}
