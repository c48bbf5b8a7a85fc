package io.vectort.assistant.planning;

import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.assistant.settings.AssistantSettingsStore.EnabledCheckIn;
import io.vectort.jobs.JobQueue;
import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the daily check-ins that came due and hands each to its own durable job, once.
 *
 * <p>Why a scanner rather than one pre-scheduled job per user and day: the due instant depends on
 * the time zone, the chosen time, quiet hours and daylight saving, all of which may change between
 * scheduling and delivery. Recomputing from the current settings every {@link #interval()} needs no
 * rescheduling on a settings change and cannot go stale. "Once a day" is the primary key of
 * {@code assistant_check_ins} — (user, kind, local date) — inserted in the same transaction that
 * enqueues the delivery job: a second scan, another node, or a restart finds the row and does
 * nothing, and a crash before commit leaves neither. The recurring job itself runs on one node at a
 * time; the key also covers two scans that overlap.
 */
@Component
class CheckInScanner implements RecurringJob {

    static final String DELIVER = "assistant-check-in";

    private final AssistantSettingsStore settings;
    private final JdbcClient jdbc;
    private final JobQueue queue;
    private final TransactionTemplate transaction;

    CheckInScanner(
            AssistantSettingsStore settings, JdbcClient jdbc, JobQueue queue, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "assistant-check-in-scan";
    }

    /** Check-ins arrive at most this long after their time (plus the job poll). */
    @Override
    public Duration interval() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void run() {
        scan(Instant.now());
    }

    /** Queues every check-in due at {@code now} that was not queued before; returns how many. */
    int scan(Instant now) {
        int queued = 0;
        for (EnabledCheckIn checkIn : settings.enabledCheckIns()) {
            Optional<CheckInTimes.Occurrence> due = CheckInTimes.toDeliver(checkIn, now);
            if (due.isPresent() && Boolean.TRUE.equals(transaction.execute(status -> queue(checkIn, due.get())))) {
                queued++;
            }
        }
        return queued;
    }

    private boolean queue(EnabledCheckIn checkIn, CheckInTimes.Occurrence occurrence) {
        int inserted = jdbc.sql("""
                        insert into assistant_check_ins (user_id, kind, local_date, due_at)
                        values (:user, :kind, :date, :due) on conflict do nothing""")
                .param("user", checkIn.userId())
                .param("kind", checkIn.kind().code())
                .param("date", occurrence.date())
                .param("due", Timestamp.from(occurrence.dueAt()))
                .update();
        if (inserted == 1) {
            queue.enqueue(DELIVER, CheckInKey.of(checkIn.userId(), checkIn.kind(), occurrence.date()));
        }
        return inserted == 1;
    }
}
