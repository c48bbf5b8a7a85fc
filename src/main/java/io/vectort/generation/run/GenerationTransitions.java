package io.vectort.generation.run;

import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.progress.GenerationEvent;
import io.vectort.generation.progress.GenerationEventLog;
import io.vectort.generation.progress.StatusChanged;
import io.vectort.generation.progress.StatusChanged.Failure;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionInfo;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.SignupFunnel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every status change of a generation, each in one transaction with the event that announces it:
 * a client following the events never sees a status the database does not have, and the reverse.
 */
@Component
class GenerationTransitions {

    private final GenerationRepository generations;
    private final Projects projects;
    private final VersionStore versions;
    private final GenerationEventLog events;
    private final GenerationMetrics metrics;
    private final GenerationCharges charges;
    private final ApplicationEventPublisher publisher;
    private final FirstGenerations firstGenerations;
    private final SignupFunnel funnel;

    GenerationTransitions(
            GenerationRepository generations,
            Projects projects,
            VersionStore versions,
            GenerationEventLog events,
            GenerationMetrics metrics,
            GenerationCharges charges,
            ApplicationEventPublisher publisher,
            FirstGenerations firstGenerations,
            SignupFunnel funnel) {
        this.firstGenerations = firstGenerations;
        this.funnel = funnel;
        this.charges = charges;
        this.publisher = publisher;
        this.generations = generations;
        this.projects = projects;
        this.versions = versions;
        this.events = events;
        this.metrics = metrics;
    }

    /** Marks the generation running; empty when it is no longer active (cancelled, deleted). */
    @Transactional
    public OptionalInt start(Generation generation) {
        OptionalInt run = generations.markRunning(generation.id());
        if (run.isPresent()) {
            events.append(generation.id(), new StatusChanged.Running(run.getAsInt()));
        }
        return run;
    }

    @Transactional
    public void requeue(Generation generation, int attempt, String code, String message) {
        if (generations.markQueuedForRetry(generation.id(), code, message)) {
            events.append(generation.id(), new StatusChanged.Retrying(attempt, new Failure(code, message)));
        }
    }

    @Transactional
    public boolean fail(Generation generation, String code, String message) {
        boolean changed = generations.markFailed(generation.id(), code, message);
        if (changed) {
            charges.release(generation);
            events.append(generation.id(), new StatusChanged.Failed(new Failure(code, message)));
            metrics.finished(
                    generation,
                    GenerationStatus.FAILED,
                    generation.generator().id(),
                    requestedModel(generation),
                    since(generation));
        }
        return changed;
    }

    @Transactional
    public boolean cancel(Generation generation) {
        boolean changed = generations.markCancelled(generation.id());
        if (changed) {
            charges.release(generation);
            events.append(generation.id(), new StatusChanged.Cancelled());
            metrics.finished(
                    generation,
                    GenerationStatus.CANCELLED,
                    generation.generator().id(),
                    requestedModel(generation),
                    since(generation));
        }
        return changed;
    }

    /**
     * Commits {@code files} as the project's next version and the generation as succeeded, or
     * nothing at all when the generation stopped being active meanwhile (a cancel won the race).
     */
    @Transactional
    public Optional<VersionInfo> succeed(
            Generation generation, Map<String, String> files, String summary, GenerationReport report) {
        Project project = projects.lock(generation.orgId(), generation.projectId());
        if (generations.lockStatus(generation.id()).orElse(GenerationStatus.CANCELLED) != GenerationStatus.RUNNING) {
            return Optional.empty();
        }
        int number = project.currentVersion() + 1;
        Optional<Integer> parent =
                generation.baseVersion() == 0 ? Optional.empty() : Optional.of(generation.baseVersion());
        VersionInfo version =
                versions.create(project.id(), number, Optional.of(generation.id()), parent, summary, files);
        projects.setCurrentVersion(project.id(), number);
        generations.markSucceeded(generation.id(), number, summary, report);
        charges.settle(generation, report);
        publisher.publishEvent(new VersionGenerated(generation, number, files));
        events.append(
                generation.id(), new GenerationEvent.VersionCreated(number, version.fileCount(), version.totalBytes()));
        events.append(generation.id(), new StatusChanged.Succeeded(number, summary));
        metrics.finished(generation, GenerationStatus.SUCCEEDED, report.provider(), report.model(), since(generation));
        if (firstGenerations.isFirstSuccessOfItsRequester(generation.id())) {
            funnel.reached(SignupFunnel.Step.FIRST_GENERATION);
        }
        return Optional.of(version);
    }

    private static String requestedModel(Generation generation) {
        return generation.model().orElse(GenerationMetrics.DEFAULT_MODEL);
    }

    private static Duration since(Generation generation) {
        return Duration.between(generation.createdAt(), Instant.now());
    }
}
