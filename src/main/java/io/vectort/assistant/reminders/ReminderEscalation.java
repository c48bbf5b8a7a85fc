package io.vectort.assistant.reminders;

import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one repeat of an unacknowledged reminder: when the first nudge of an occurrence is still
 * unacknowledged after {@code vectort.assistant.escalation-after}, a second, gentler nudge (step 1)
 * goes out — and then nothing more, so a missed reminder never turns into nagging. Nothing is sent
 * when the user acknowledged, snoozed or cancelled in the meantime.
 */
@Component
class ReminderEscalation implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(ReminderEscalation.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final InAppNotifications notifications;
    private final List<ReminderChannel> channels;

    ReminderEscalation(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            InAppNotifications notifications,
            List<ReminderChannel> channels) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.notifications = notifications;
        this.channels = channels;
    }

    @Override
    public String name() {
        return ReminderJobs.ESCALATE;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        Optional<ReminderJobs.JobKey> key = ReminderJobs.parse(jobId);
        if (key.isEmpty()) {
            log.warn("Ignoring escalation job with a malformed id {}", jobId);
            return;
        }
        transaction.executeWithoutResult(status -> escalate(key.get()));
    }

    void escalate(ReminderJobs.JobKey key) {
        // The lock orders this with a concurrent snooze or cancel of the same reminder.
        Optional<Reminder> reminder = jdbc.sql("""
                        select * from assistant_reminders where id = :id and status <> 'cancelled' for update""")
                .param("id", key.reminderId())
                .query(ReminderRows::map)
                .optional();
        Instant occurrence = Instant.ofEpochMilli(key.number());
        if (reminder.isEmpty() || !notifications.awaitsAcknowledgement(key.reminderId(), occurrence)) {
            return;
        }
        Reminder r = reminder.get();
        Nudge gentler = new Nudge(r.userId(), r.id(), r.text(), occurrence, 1);
        channels.forEach(channel -> channel.deliver(gentler));
    }
}
