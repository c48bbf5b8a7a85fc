package io.vectort.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs handlers inside db-scheduler's callback, translating checked exceptions. */
final class JobExecution {

    private static final Logger log = LoggerFactory.getLogger(JobExecution.class);

    private JobExecution() {}

    static void run(JobHandler handler, String jobId, int attempt, JobsProperties properties) {
        try {
            handler.run(jobId, new JobAttempt(attempt, properties.maxAttempts()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException(handler.name() + " " + jobId + " was interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new JobFailedException(handler.name() + " " + jobId + " failed: " + e.getMessage(), e);
        }
    }

    static void runRecurring(RecurringJob job) {
        try {
            job.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The next run comes after the interval anyway; a recurring job is never retried early.
            log.warn("Recurring job {} failed: {}", job.name(), e.toString());
        }
    }

    static final class JobFailedException extends RuntimeException {
        JobFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
