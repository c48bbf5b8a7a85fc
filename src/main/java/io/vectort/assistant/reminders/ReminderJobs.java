package io.vectort.assistant.reminders;

import io.vectort.jobs.JobQueue;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The durable jobs of reminders. A firing job's id is {@code <reminder>/<schedule version>}: every
 * (re)scheduling — next occurrence, snooze, quiet hours — gets a new version and a new job, and a
 * job whose version is no longer the reminder's finds nothing to do. The engine runs each job id
 * once (and revives it on another node if its node dies), so no job needs to be deleted.
 */
@Component
class ReminderJobs {

    static final String FIRE = "assistant-reminder";
    static final String ESCALATE = "assistant-reminder-escalation";

    private final JobQueue queue;

    ReminderJobs(JobQueue queue) {
        this.queue = queue;
    }

    /** Joins the caller's transaction: the job exists exactly when the new version is committed. */
    void scheduleFiring(UUID reminderId, int version, Instant at) {
        queue.enqueueAt(FIRE, reminderId + "/" + version, at);
    }

    /** The escalation of one occurrence, identified by the occurrence's epoch milliseconds. */
    void scheduleEscalation(UUID reminderId, Instant occurrenceAt, Instant at) {
        queue.enqueueAt(ESCALATE, reminderId + "/" + occurrenceAt.toEpochMilli(), at);
    }

    /** The reminder id and the number after the slash of a job id; empty for a malformed one. */
    static Optional<JobKey> parse(String jobId) {
        int slash = jobId.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new JobKey(UUID.fromString(jobId.substring(0, slash)), Long.parseLong(jobId.substring(slash + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record JobKey(UUID reminderId, long number) {}
}
