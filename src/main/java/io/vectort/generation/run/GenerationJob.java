package io.vectort.generation.run;

import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.jobs.JobsProperties;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The durable job behind each generation. It may run more than once — a retry, or a node that
 * died mid-run — so it starts from the stored state: a finished generation is left alone, and a
 * generation that keeps killing its runs is failed instead of retried forever.
 */
@Component
class GenerationJob implements JobHandler {

    static final String NAME = "generation";
    private static final Logger log = LoggerFactory.getLogger(GenerationJob.class);

    private final GenerationRepository generations;
    private final GenerationTransitions transitions;
    private final GenerationRunner runner;
    private final JobsProperties jobs;

    GenerationJob(
            GenerationRepository generations,
            GenerationTransitions transitions,
            GenerationRunner runner,
            JobsProperties jobs) {
        this.generations = generations;
        this.transitions = transitions;
        this.runner = runner;
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) throws InterruptedException {
        Generation generation = generations.find(UUID.fromString(jobId)).orElse(null);
        if (generation == null || generation.status().isTerminal()) {
            return;
        }
        MDC.put("generationId", jobId);
        MDC.put("projectId", generation.projectId().toString());
        MDC.put("orgId", generation.orgId().toString());
        try {
            // Runs cut short by a dying node do not count as failures for the engine; count them here.
            if (generation.attempts() >= jobs.maxAttempts() + 1) {
                transitions.fail(
                        generation,
                        "too_many_attempts",
                        "The generation was interrupted " + generation.attempts() + " times and was given up");
                return;
            }
            OptionalInt run = transitions.start(generation);
            if (run.isEmpty()) {
                return;
            }
            log.info("Generation {} started (run {}, attempt {})", jobId, run.getAsInt(), attempt.number());
            runner.run(generation, run.getAsInt(), attempt);
        } catch (InterruptedException | RuntimeException e) {
            // The runner already recorded provider failures; anything else is recorded here, if the
            // database lets us — the job engine retries either way.
            if (!(e instanceof CodeGenerationException)) {
                log.warn("Generation {} attempt {} failed unexpectedly: {}", jobId, attempt.number(), e.toString());
                try {
                    transitions.requeue(
                            generation, attempt.number(), "internal", "An internal error interrupted the run");
                } catch (RuntimeException recordFailure) {
                    e.addSuppressed(recordFailure);
                }
            }
            throw e;
        } finally {
            MDC.remove("generationId");
            MDC.remove("projectId");
            MDC.remove("orgId");
        }
    }

    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        generations
                .find(UUID.fromString(jobId))
                .ifPresent(generation -> transitions.fail(
                        generation,
                        generation.failure().map(Generation.Failure::code).orElse("failed"),
                        generation
                                .failure()
                                .map(Generation.Failure::message)
                                .orElse("The generation failed after " + jobs.maxAttempts() + " attempts")));
    }
}
