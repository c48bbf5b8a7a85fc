package io.vectort.assistant.reminders;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires a reminder when its job comes due. In one transaction, with the reminder row locked: the
 * nudge goes to every channel, the escalation is scheduled, and the next occurrence is computed and
 * scheduled (or the reminder is done). A job whose version is stale — the reminder was snoozed,
 * cancelled or already fired — does nothing, so a repeated run (a revived job, a retry after a
 * rollback) never delivers twice.
 */
@Component
class ReminderFiring implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(ReminderFiring.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ReminderJobs jobs;
    private final AssistantSettingsStore settings;
    private final List<ReminderChannel> channels;
    private final ReminderProperties properties;
    private final Timer lateness;

    ReminderFiring(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ReminderJobs jobs,
            AssistantSettingsStore settings,
            List<ReminderChannel> channels,
            ReminderProperties properties,
            MeterRegistry registry) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.settings = settings;
        this.channels = channels;
        this.properties = properties;
        this.lateness = Timer.builder("vectort.assistant.reminder.lateness")
                .description("How long after its firing time a reminder was delivered")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public String name() {
        return ReminderJobs.FIRE;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        Optional<ReminderJobs.JobKey> key = ReminderJobs.parse(jobId);
        if (key.isEmpty()) {
            log.warn("Ignoring reminder job with a malformed id {}", jobId);
            return;
        }
        transaction.executeWithoutResult(status -> fire(key.get()));
    }

    private void fire(ReminderJobs.JobKey key) {
        Optional<Reminder> locked = jdbc.sql("""
                        select * from assistant_reminders
                        where id = :id and schedule_version = :version and status = 'active' for update""")
                .param("id", key.reminderId())
                .param("version", (int) key.number())
                .query(ReminderRows::map)
                .optional();
        if (locked.isEmpty()) {
            return;
        }
        Reminder reminder = locked.get();
        Instant now = Instant.now();
        AssistantSettings userSettings = settings.get(reminder.userId());
        boolean snoozed = reminder.snoozedUntil() != null;
        Instant quietUntil = userSettings.deliveryTime(now);
        if (!snoozed && quietUntil.isAfter(now)) {
            // Quiet hours began (or grew) after this firing was scheduled: wait for their end.
            reschedule(reminder, reminder.nextAt(), quietUntil);
            return;
        }
        Instant occurrence = snoozed ? reminder.snoozedUntil() : reminder.nextAt();
        if (occurrence == null) {
            return;
        }
        Nudge nudge = new Nudge(reminder.userId(), reminder.id(), reminder.text(), occurrence, 0);
        channels.forEach(channel -> channel.deliver(nudge));
        if (reminder.fireAt() != null && now.isAfter(reminder.fireAt())) {
            lateness.record(Duration.between(reminder.fireAt(), now));
        }
        jobs.scheduleEscalation(
                reminder.id(), occurrence, userSettings.deliveryTime(now.plus(properties.escalationAfter())));
        Optional<Instant> next = nextOccurrence(reminder, snoozed, now);
        if (next.isPresent()) {
            reschedule(reminder, next.get(), userSettings.deliveryTime(next.get()));
        } else {
            finish(reminder);
        }
        jdbc.sql("update assistant_reminders set last_fired_at = :now where id = :id")
                .param("now", ReminderRows.timestamp(now.truncatedTo(ChronoUnit.MILLIS)))
                .param("id", reminder.id())
                .update();
    }

    /**
     * The series' next occurrence after this delivery. A snoozed delivery keeps the series' own
     * next occurrence if it is still ahead; occurrences missed while no node ran are skipped, not
     * delivered in a burst.
     */
    private static Optional<Instant> nextOccurrence(Reminder reminder, boolean snoozed, Instant now) {
        if (snoozed && reminder.nextAt() != null && reminder.nextAt().isAfter(now)) {
            return Optional.of(reminder.nextAt());
        }
        if (reminder.rrule() == null) {
            return Optional.empty();
        }
        Instant after = reminder.nextAt() != null && reminder.nextAt().isAfter(now) ? reminder.nextAt() : now;
        return Recurrence.parse(reminder.rrule()).nextAfter(reminder.startsLocal(), reminder.timeZone(), after);
    }

    private void reschedule(Reminder reminder, Instant nextAt, Instant fireAt) {
        int version = reminder.scheduleVersion() + 1;
        jdbc.sql("""
                        update assistant_reminders set next_at = :next, fire_at = :fire, snoozed_until = null,
                               schedule_version = :version, updated_at = now()
                        where id = :id""")
                .param("next", ReminderRows.timestamp(nextAt))
                .param("fire", ReminderRows.timestamp(fireAt))
                .param("version", version)
                .param("id", reminder.id())
                .update();
        jobs.scheduleFiring(reminder.id(), version, fireAt);
    }

    private void finish(Reminder reminder) {
        jdbc.sql("""
                        update assistant_reminders set status = 'done', next_at = null, fire_at = null,
                               snoozed_until = null, schedule_version = schedule_version + 1, updated_at = now()
                        where id = :id""").param("id", reminder.id()).update();
    }
}
