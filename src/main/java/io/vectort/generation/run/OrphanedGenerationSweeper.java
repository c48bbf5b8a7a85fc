package io.vectort.generation.run;

import io.vectort.jobs.JobQueue;
import io.vectort.jobs.RecurringJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Safety net for "no generation stays running forever": an active generation whose job vanished
 * (a job removed by hand, a restored backup) gets a new job, which then finishes or fails it.
 */
@Component
class OrphanedGenerationSweeper implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(OrphanedGenerationSweeper.class);

    private final GenerationRepository generations;
    private final JobQueue jobs;

    OrphanedGenerationSweeper(GenerationRepository generations, JobQueue jobs) {
        this.generations = generations;
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return "generation-orphan-sweep";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        List<UUID> orphans =
                generations.orphaned(GenerationJob.NAME, Instant.now().minusSeconds(60));
        for (UUID id : orphans) {
            log.warn("Generation {} was active without a job; enqueueing it again", id);
            jobs.enqueue(GenerationJob.NAME, id.toString());
        }
    }
}
