package io.vectort.generation.run;

import io.vectort.billing.CreditLedger;
import io.vectort.billing.Money;
import io.vectort.billing.Quotas;
import io.vectort.generation.catalog.AppTypeInference;
import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.catalog.ChoiceReason;
import io.vectort.generation.catalog.FrameworkInference;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.progress.GenerationEventLog;
import io.vectort.generation.progress.StatusChanged;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionInfo;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.ConflictException;
import io.vectort.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submits, reads and cancels generations on behalf of their owner. */
@Service
public class GenerationService {

    private static final Logger log = LoggerFactory.getLogger(GenerationService.class);

    private final Projects projects;
    private final GenerationRepository generations;
    private final GenerationTransitions transitions;
    private final GeneratorSelector generators;
    private final JobQueue jobs;
    private final GenerationEventLog events;
    private final RunningGenerations running;
    private final Quotas quotas;
    private final CreditLedger ledger;
    private final VersionStore versions;
    private final BuilderCache cache;
    private final AuditLog audit;

    GenerationService(
            Projects projects,
            GenerationRepository generations,
            GenerationTransitions transitions,
            GeneratorSelector generators,
            JobQueue jobs,
            GenerationEventLog events,
            RunningGenerations running,
            Quotas quotas,
            CreditLedger ledger,
            VersionStore versions,
            BuilderCache cache,
            AuditLog audit) {
        this.cache = cache;
        this.audit = audit;
        this.projects = projects;
        this.generations = generations;
        this.transitions = transitions;
        this.generators = generators;
        this.jobs = jobs;
        this.events = events;
        this.running = running;
        this.quotas = quotas;
        this.ledger = ledger;
        this.versions = versions;
    }

    /**
     * Validates, stores the generation as queued and enqueues its job, all or nothing, and returns
     * without waiting for any of the work.
     */
    @Transactional
    public Generation submit(Membership member, UUID projectId, GenerationRequest request) {
        UUID orgId = member.orgId();
        Project project = projects.get(orgId, projectId);
        CodeGenerator generator = generators.forRequest(request.model());
        Optional<Instant> runAt = quotas.admitGeneration(orgId);
        Resolution resolved = resolve(project, request);
        int contextCharacters = (int) Math.min(
                Integer.MAX_VALUE,
                versions.get(project.id(), project.currentVersion())
                        .map(VersionInfo::totalBytes)
                        .orElse(0L));
        Generation.CacheUse cacheUse =
                cache.lookup(orgId, project.id(), project.currentVersion(), request, resolved, generator);
        // A cache hit replays a stored answer: it costs nothing, so nothing is held.
        long reserved = cacheUse.hit()
                ? 0
                : Money.microsOf(
                        generator.estimateMaxCostUsd(request.model(), request.description(), contextCharacters));
        Generation generation = Generation.queued(
                project.id(),
                orgId,
                request,
                resolved,
                generator.identity(),
                project.currentVersion(),
                reserved,
                cacheUse,
                0);
        try {
            generations.insert(generation, member.userId());
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "generation-in-progress",
                    "A generation is already running for this project; wait for it or cancel it");
        }
        if (reserved > 0) {
            // Same transaction as the generation: without the credits, nothing is stored.
            ledger.reserve(
                    orgId, reserved, GenerationCharges.key(generation, "reserve"), "generation " + generation.id());
        }
        events.append(generation.id(), new StatusChanged.Queued(0, runAt.orElse(null)));
        projects.touch(project.id());
        audit.record(
                orgId,
                Actor.of(member),
                "generation.requested",
                "project",
                project.id().toString(),
                Map.of(
                        "generationId",
                        generation.id().toString(),
                        "model",
                        request.model().orElse("default")));
        runAt.ifPresentOrElse(
                at -> jobs.enqueueAt(GenerationJob.NAME, generation.id().toString(), at),
                () -> jobs.enqueue(GenerationJob.NAME, generation.id().toString()));
        try (var generationContext =
                        MDC.putCloseable("generationId", generation.id().toString());
                var projectContext = MDC.putCloseable("projectId", project.id().toString())) {
            log.info(
                    "Generation {} queued ({} / {}, generator {})",
                    generation.id(),
                    generation.framework(),
                    generation.appType(),
                    generator.identity().id());
        }
        return generations.find(generation.id()).orElseThrow();
    }

    /**
     * Starts the next automatic fix round after the build of {@code failedVersion} failed: a
     * follow-up on that version whose prompt carries the build's log, by the generator and model
     * that made it, held and charged to no one. The project must still be at that version (the
     * user has not moved on); a generation already active answers a conflict, like for a person.
     */
    @Transactional
    public Generation submitFixRound(Generation cause, int failedVersion, String prompt) {
        Project project = projects.lock(cause.orgId(), cause.projectId());
        if (project.currentVersion() != failedVersion) {
            throw new ConflictException(
                    "project-moved-on", "The project has a newer version than the one whose build failed");
        }
        CodeGenerator generator = generators
                .byId(cause.generator().id())
                .filter(CodeGenerator::available)
                .orElseThrow(() -> new ConflictException(
                        "generator_unavailable", "The generator that made the version is no longer available"));
        Generation generation = Generation.queued(
                project.id(),
                cause.orgId(),
                GenerationRequest.fixRound(cause, prompt),
                Resolution.keptFrom(cause),
                generator.identity(),
                failedVersion,
                0,
                Generation.CacheUse.NONE,
                cause.fixRound() + 1);
        try {
            generations.insert(generation, null);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("generation-in-progress", "A generation is already running for this project");
        }
        events.append(generation.id(), new StatusChanged.Queued(0, null));
        audit.record(
                cause.orgId(),
                Actor.SYSTEM,
                "generation.fix-requested",
                "project",
                project.id().toString(),
                Map.of(
                        "generationId", generation.id().toString(),
                        "version", Integer.toString(failedVersion),
                        "round", Integer.toString(generation.fixRound())));
        jobs.enqueue(GenerationJob.NAME, generation.id().toString());
        log.info(
                "Automatic fix round {} ({}) queued for version {} of project {}",
                generation.fixRound(),
                generation.id(),
                failedVersion,
                project.id());
        return generations.find(generation.id()).orElseThrow();
    }

    public Generation get(UUID orgId, UUID generationId) {
        return generations.findOwned(orgId, generationId).orElseThrow(() -> new NotFoundException("Generation"));
    }

    public List<Generation> listForProject(UUID orgId, UUID projectId, int limit) {
        projects.get(orgId, projectId);
        return generations.listByProject(projectId, limit);
    }

    /**
     * Cancels a queued or running generation; the running work stops within a moment and nothing
     * of it is committed. Cancelling a cancelled generation is a no-op; a finished one is a conflict.
     */
    public Generation cancel(UUID orgId, UUID generationId) {
        Generation generation = get(orgId, generationId);
        if (!generation.status().isTerminal()) {
            transitions.cancel(generation);
            running.cancelLocally(generationId);
        }
        Generation now = get(orgId, generationId);
        if (now.status() == GenerationStatus.SUCCEEDED || now.status() == GenerationStatus.FAILED) {
            throw new ConflictException(
                    "generation-finished",
                    "The generation already " + now.status().wire() + " and cannot be cancelled");
        }
        return now;
    }

    /** A value and why it is the one. */
    private record Decided(String value, ChoiceReason reason) {}

    /** What the request's {@code auto} fields stand for; a chosen value always wins. */
    private Resolution resolve(Project project, GenerationRequest request) {
        Optional<GenerationRepository.ProjectKind> kept =
                project.currentVersion() > 0 ? generations.latestKind(project.id()) : Optional.empty();
        Decided type = request.chosenType()
                .map(chosen -> new Decided(chosen, ChoiceReason.CHOSEN))
                .orElseGet(() -> typeOf(kept, request.description()));
        Decided framework = request.chosenFramework()
                .map(chosen -> new Decided(chosen, ChoiceReason.CHOSEN))
                .orElseGet(() -> frameworkOf(kept, request.description()));
        return new Resolution(type.value(), type.reason(), framework.value(), framework.reason());
    }

    /**
     * The project's own type once it has one (a follow-up such as "add a search box" names no kind
     * of app), else the one the description names.
     */
    private static Decided typeOf(Optional<GenerationRepository.ProjectKind> kept, String description) {
        if (kept.isPresent()) {
            return new Decided(kept.get().appType(), ChoiceReason.KEPT);
        }
        AppTypeInference.Inferred inferred = AppTypeInference.infer(description);
        return new Decided(inferred.appType(), inferred.reason());
    }

    /**
     * The framework the description names ("rewrite it in React" switches a project), else the
     * project's, else plain HTML.
     */
    private static Decided frameworkOf(Optional<GenerationRepository.ProjectKind> kept, String description) {
        return FrameworkInference.infer(description)
                .map(named -> new Decided(named.framework(), named.reason()))
                .or(() -> kept.map(kind -> new Decided(kind.framework(), ChoiceReason.KEPT)))
                .orElseGet(() -> new Decided(BuilderCatalog.HTML.id(), ChoiceReason.DEFAULT));
    }
}
