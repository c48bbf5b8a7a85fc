package io.vectort.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link JobQueue} on db-scheduler's table, with dispatch triggered right after commit. */
final class DbSchedulerJobQueue implements JobQueue {

    // Handlers enqueue jobs and the engine runs handlers: resolving the engine lazily breaks the cycle.
    private final ObjectProvider<Scheduler> schedulerProvider;
    private final JdbcClient jdbc;
    private final JobTracing tracing;
    private final TransactionTemplate transactions;

    DbSchedulerJobQueue(
            ObjectProvider<Scheduler> schedulerProvider,
            JdbcClient jdbc,
            JobTracing tracing,
            TransactionTemplate transactions) {
        this.schedulerProvider = schedulerProvider;
        this.jdbc = jdbc;
        this.tracing = tracing;
        this.transactions = transactions;
    }

    @Override
    public void enqueue(String jobName, String jobId) {
        Optional<String> traceparent = tracing.currentTraceparent();
        if (traceparent.isPresent() && !TransactionSynchronizationManager.isSynchronizationActive()) {
            // The job and its traceparent in one transaction: no node may pick it up before both are there.
            transactions.executeWithoutResult(status -> enqueueNow(jobName, jobId, traceparent));
        } else {
            enqueueNow(jobName, jobId, traceparent);
        }
    }

    private void enqueueNow(String jobName, String jobId, Optional<String> traceparent) {
        Scheduler scheduler = schedulerProvider.getObject();
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(jobName, jobId), Instant.now());
        traceparent.ifPresent(parent -> rememberTraceparent(jobName, jobId, parent));
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
        Optional<String> traceparent = tracing.currentTraceparent();
        schedulerProvider.getObject().scheduleIfNotExists(new TaskInstance<Void>(jobName, jobId), runAt);
        // A later job is not picked up before this statement runs, so no transaction is needed.
        traceparent.ifPresent(parent -> rememberTraceparent(jobName, jobId, parent));
    }

    /** The traceparent stored with the job, looked up only while tracing is on. */
    Optional<String> traceparent(String jobName, String jobId) {
        if (!tracing.enabled()) {
            return Optional.empty();
        }
        return jdbc.sql("select traceparent from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(jobName, jobId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(parent -> parent);
    }

    // Only a job this call created: a job already queued keeps the trace that queued it.
    private void rememberTraceparent(String jobName, String jobId, String traceparent) {
        jdbc.sql("update scheduled_tasks set traceparent = ? where task_name = ? and task_instance = ?"
                        + " and traceparent is null and picked = false")
                .params(traceparent, jobName, jobId)
                .update();
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
