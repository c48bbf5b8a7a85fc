package io.vectort.generation.verify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vectort.generation.version.VersionStore;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable job that checks one version. Job id: {@code <projectId>:<version>}. One check runs
 * at a time per node: an install and a build take a core or two, and generations must stay fast.
 * A node that dies mid-check leaves the job to another, which runs it again from the start.
 */
@Component
class VersionBuildJob implements JobHandler {

    static final String NAME = "version-build";
    private static final Logger log = LoggerFactory.getLogger(VersionBuildJob.class);

    private final VersionBuildStore store;
    private final VersionStore versions;
    private final SandboxedBuild build;
    private final BuildSandbox sandbox;
    private final FixRounds fixRounds;
    private final MeterRegistry meters;
    private final Semaphore oneAtATime = new Semaphore(1);

    VersionBuildJob(
            VersionBuildStore store,
            VersionStore versions,
            SandboxedBuild build,
            BuildSandbox sandbox,
            FixRounds fixRounds,
            MeterRegistry meters) {
        this.store = store;
        this.versions = versions;
        this.build = build;
        this.sandbox = sandbox;
        this.fixRounds = fixRounds;
        this.meters = meters;
    }

    static String jobId(UUID projectId, int version) {
        return projectId + ":" + version;
    }

    private static UUID projectOf(String jobId) {
        return UUID.fromString(jobId.substring(0, jobId.indexOf(':')));
    }

    private static int versionOf(String jobId) {
        return Integer.parseInt(jobId.substring(jobId.indexOf(':') + 1));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) throws Exception {
        UUID projectId = projectOf(jobId);
        int version = versionOf(jobId);
        Optional<VersionBuildStore.StoredBuild> stored = store.find(projectId, version);
        if (stored.isEmpty() || stored.get().build().finished()) {
            return; // deleted meanwhile, or already done before a crash
        }
        Map<String, String> files = versions.contents(projectId, version);
        if (files.isEmpty()) {
            return; // the project was deleted meanwhile
        }
        BuildPlan plan = BuildPlan.of(files);
        if (plan.problem().isPresent()) {
            finish(
                    stored.get(),
                    false,
                    plan.problem().get(),
                    Duration.ZERO,
                    plan.problem().get(),
                    files);
            return;
        }
        if (plan.nothingToCheck()) {
            store.finish(projectId, version, "skipped", "", Duration.ZERO, VersionBuilds.NOTHING_TO_BUILD);
            return;
        }
        Optional<VersionBuildStore.StoredBuild> same =
                store.sameFiles(projectId, stored.get().contentHash(), version);
        if (same.isPresent()) {
            // The same files were checked already (a restore, or a round that changed nothing).
            VersionBuild earlier = same.get().build();
            finish(
                    stored.get(),
                    earlier.status().equals("passed"),
                    earlier.log(),
                    Duration.ofMillis(earlier.durationMs().orElse(0L)),
                    earlier.reason().orElse(""),
                    files);
            return;
        }
        oneAtATime.acquire();
        try {
            Optional<String> unavailable = sandbox.unavailable();
            if (unavailable.isPresent()) {
                store.finish(
                        projectId,
                        version,
                        "skipped",
                        "",
                        Duration.ZERO,
                        "This server cannot check builds: " + unavailable.get());
                count("skipped");
                return;
            }
            if (!store.start(projectId, version)) {
                return;
            }
            BuildOutcome outcome;
            try {
                outcome = build.run(files, plan.command());
            } catch (IOException e) {
                log.warn("Could not check version {} of project {}: {}", version, projectId, e.toString());
                store.finish(
                        projectId, version, "skipped", "", Duration.ZERO, "The check could not run: " + e.getMessage());
                count("skipped");
                return;
            }
            Timer.builder("vectort_version_build_seconds")
                    .description("Time to install and build a version in the sandbox")
                    .tag("status", outcome.passed() ? "passed" : "failed")
                    .register(meters)
                    .record(outcome.duration());
            log.info(
                    "Version {} of project {} {} its check in {} ms",
                    version,
                    projectId,
                    outcome.passed() ? "passed" : "failed",
                    outcome.duration().toMillis());
            if (outcome.inconclusive()) {
                store.finish(
                        projectId,
                        version,
                        "skipped",
                        outcome.log(),
                        outcome.duration(),
                        "The npm registry could not be reached, so the version could not be checked: "
                                + outcome.summary());
                count("skipped");
                return;
            }
            finish(stored.get(), outcome.passed(), outcome.log(), outcome.duration(), outcome.summary(), files);
        } finally {
            oneAtATime.release();
        }
    }

    /** A check that kept failing to run is over, not waiting forever: it says so. */
    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        UUID projectId = projectOf(jobId);
        int version = versionOf(jobId);
        store.finish(
                projectId,
                version,
                "skipped",
                "",
                Duration.ZERO,
                "The check could not run (" + lastFailure.getClass().getSimpleName() + "); check again later.");
        count("skipped");
    }

    private void finish(
            VersionBuildStore.StoredBuild stored,
            boolean passed,
            String output,
            Duration took,
            String summary,
            Map<String, String> files) {
        UUID projectId = stored.projectId();
        int version = stored.build().version();
        if (passed) {
            store.finish(projectId, version, "passed", output, took, summary);
        } else {
            fixRounds.finishFailed(stored, output, took, summary, files);
        }
        count(passed ? "passed" : "failed");
    }

    private void count(String status) {
        Counter.builder("vectort_version_builds_total")
                .description("Checks of generated versions, by outcome")
                .tag("status", status)
                .register(meters)
                .increment();
    }
}
