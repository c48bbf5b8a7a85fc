package io.vectort.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link JobQueue} on db-scheduler's table, with dispatch triggered right after commit. */
final class DbSchedulerJobQueue implements JobQueue {

    // Handlers enqueue jobs and the engine runs handlers: resolving the engine lazily breaks the cycle.
    private final ObjectProvider<Scheduler> schedulerProvider;
    private final JdbcClient jdbc;

    DbSchedulerJobQueue(ObjectProvider<Scheduler> schedulerProvider, JdbcClient jdbc) {
        this.schedulerProvider = schedulerProvider;
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(String jobName, String jobId) {
        Scheduler scheduler = schedulerProvider.getObject();
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(jobName, jobId), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // db-scheduler's own wake-up fires before our commit, when the row is not yet visible.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @Override
    public void enqueueAt(String jobName, String jobId, Instant runAt) {
        if (!runAt.isAfter(Instant.now())) {
            enqueue(jobName, jobId);
            return;
        }
        schedulerProvider.getObject().scheduleIfNotExists(new TaskInstance<Void>(jobName, jobId), runAt);
    }

    @Override
    public long dueCount() {

        return jdbc.sql("select count(*) from scheduled_tasks where picked = false and execution_time <= now()")
                .query(Long.class)
                .single();
    }

    double dueCountOrNaN() {
        try {
            return dueCount();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
