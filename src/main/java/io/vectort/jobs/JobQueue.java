package io.vectort.jobs;

/** Enqueues durable jobs. */
public interface JobQueue {

    /**
     * Enqueues job {@code jobId} of kind {@code jobName} to run now. Inside a transaction the job
     * is stored with it (it exists if and only if the transaction commits) and dispatch is
     * triggered after commit; outside one it is stored and dispatched at once. Enqueueing an id
     * that is already queued does nothing.
     */
    void enqueue(String jobName, String jobId);

    /** Like {@link #enqueue}, but the job runs at {@code runAt} at the earliest. */
    void enqueueAt(String jobName, String jobId, java.time.Instant runAt);

    /** Number of jobs due to run but not yet claimed by any node. */
    long dueCount();
}
