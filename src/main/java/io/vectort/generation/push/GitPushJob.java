package io.vectort.generation.push;

import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.shared.NotFoundException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable job of one push (job id = push id). It survives restarts: a push found running again
 * is simply done again, which is safe (the commit builds on whatever the branch holds now and the
 * expected old value keeps it from overwriting anything). Only network failures are retried.
 */
@Component
class GitPushJob implements JobHandler {

    static final String NAME = "git-push";
    private static final Logger log = LoggerFactory.getLogger(GitPushJob.class);

    private final PushStore store;
    private final PushPipeline pipeline;
    private final PushEvents events;
    private final MeterRegistry metrics;

    GitPushJob(PushStore store, PushPipeline pipeline, PushEvents events, MeterRegistry metrics) {
        this.store = store;
        this.pipeline = pipeline;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) throws Exception {
        UUID id = UUID.fromString(jobId);
        PushStore.Work work = store.work(id).orElse(null);
        if (work == null || work.push().status().terminal()) {
            return; // the project was deleted, or an earlier run finished it
        }
        if (work.push().status() == PushStatus.QUEUED) {
            store.markRunning(id);
            events.status(id, PushStatus.RUNNING);
        }
        try {
            PushPipeline.Outcome outcome = pipeline.run(work);
            PublishedCommit commit = outcome.commit();
            if (store.pushed(
                    id,
                    commit.branch(),
                    commit.commitSha(),
                    outcome.pullRequestUrl().orElse(null),
                    outcome.warningCode().orElse(null),
                    outcome.warning().orElse(null))) {
                events.pushed(id, commit, PushPipeline.extra(outcome));
                count("pushed");
                log.info(
                        "Push {} of project {} v{}: {} at {}",
                        id,
                        work.push().projectId(),
                        work.push().version(),
                        commit.branch(),
                        commit.commitSha());
            }
        } catch (PushFailure failure) {
            if (failure.retryable() && !attempt.isLast()) {
                events.retrying(id, failure);
                throw failure; // the engine retries with backoff
            }
            fail(id, failure);
        } catch (NotFoundException gone) {
            fail(id, new PushFailure("version-gone", "The project or version no longer exists"));
        }
    }

    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        PushFailure failure = new PushFailure("network", "The push failed repeatedly; try again later");
        for (Throwable cause = lastFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PushFailure known) {
                failure = known;
                break;
            }
        }
        fail(UUID.fromString(jobId), failure);
    }

    private void fail(UUID id, PushFailure failure) {
        if (store.failed(id, failure.code(), failure.getMessage())) {
            events.failed(id, failure);
            count("failed");
            log.info("Push {} failed: {}", id, failure.code());
        }
    }

    private void count(String status) {
        metrics.counter("vectort.git.pushes", "status", status).increment();
    }
}
