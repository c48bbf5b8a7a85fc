package io.vectort.assistant.email;

import io.vectort.assistant.settings.CheckInKind;
import io.vectort.jobs.JobQueue;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Queues the Assistant's emails. Called inside the transaction that decides to send (a reminder
 * firing, a check-in delivery): it writes a delivery row keyed by what the email is about and
 * enqueues the job that sends it, both joining that transaction — a rollback sends nothing, and the
 * same key queued twice is one email.
 */
@Service
public class EmailOutbox {

    static final String JOB = "assistant-email";

    private final JdbcClient jdbc;
    private final JobQueue queue;

    EmailOutbox(JdbcClient jdbc, JobQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    /** The email of a reminder's occurrence, or of its gentler repeat (step 1). */
    public void reminder(UUID userId, UUID reminderId, Instant occurrenceAt, int escalationStep) {
        queue(userId, EmailKey.reminder(reminderId, occurrenceAt, escalationStep));
    }

    /** The email of a check-in; its text is the in-app notification written for {@code occurrenceAt}. */
    public void checkIn(UUID userId, CheckInKind kind, Instant occurrenceAt) {
        queue(userId, EmailKey.checkIn(userId, kind, occurrenceAt));
    }

    private void queue(UUID userId, EmailKey key) {
        int inserted =
                jdbc.sql("""
                        insert into assistant_email_deliveries (key, user_id) values (:key, :user)
                        on conflict (key) do nothing""").param("key", key.text()).param("user", userId).update();
        if (inserted == 1) {
            queue.enqueue(JOB, key.text());
        }
    }
}
