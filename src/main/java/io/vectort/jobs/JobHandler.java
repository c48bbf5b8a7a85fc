package io.vectort.jobs;

/**
 * Runs one kind of durable job. A job may run more than once (a retry, or a node that died
 * mid-run), so {@link #run} must be idempotent: check the domain state before acting.
 */
public interface JobHandler {

    /** Stable name of the job kind, stored with every job: renaming it orphans queued jobs. */
    String name();

    /**
     * Does the work. Throwing schedules a retry with backoff until the attempts are exhausted; a
     * failure the handler knows to be final should be recorded by the handler and not thrown.
     */
    void run(String jobId, JobAttempt attempt) throws Exception;

    /** Called once when the last retry failed; the job is then removed. */
    default void exhausted(String jobId, Throwable lastFailure) {}
}
