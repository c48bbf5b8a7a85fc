package io.vectort.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Retries a failed job after an exponentially growing delay with "equal jitter" (half fixed, half
 * random), so that jobs failing together — a provider outage — do not retry in lockstep. After
 * the last attempt the handler is told and the job is removed.
 */
final class BackoffWithJitter<T> implements FailureHandler<T> {

    private static final Logger log = LoggerFactory.getLogger(BackoffWithJitter.class);

    private final JobHandler handler;
    private final JobsProperties properties;

    BackoffWithJitter(JobHandler handler, JobsProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        int failedAttempt = complete.getExecution().consecutiveFailures + 1;
        String jobId = complete.getExecution().taskInstance.getId();
        Throwable cause = complete.getCause().orElseGet(() -> new IllegalStateException("unknown failure"));
        if (failedAttempt >= properties.maxAttempts()) {
            // An error, with its stack trace: nothing retries it any more, so someone must look
            // (error tracking reports ERROR lines, tagged with the job from the log context).
            try (var job = MDC.putCloseable("job", handler.name());
                    var id = MDC.putCloseable("jobId", jobId)) {
                log.error("Job {} {} failed on its last attempt ({})", handler.name(), jobId, failedAttempt, cause);
            }
            handler.exhausted(jobId, cause);
            operations.remove();
            return;
        }
        Duration delay = delayAfter(failedAttempt, properties.retryBackoff(), properties.maxRetryBackoff());
        log.info(
                "Job {} {} failed (attempt {}), retrying in {} ms: {}",
                handler.name(),
                jobId,
                failedAttempt,
                delay.toMillis(),
                cause.toString());
        operations.reschedule(complete, complete.getTimeDone().plus(delay));
    }

    static Duration delayAfter(int failedAttempt, Duration base, Duration max) {
        long exponential = base.toMillis() << Math.min(failedAttempt - 1, 20);
        long capped = Math.min(exponential, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
