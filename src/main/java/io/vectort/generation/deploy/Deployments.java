package io.vectort.generation.deploy;

import io.vectort.events.EventLog;
import io.vectort.events.StoredEvent;
import io.vectort.generation.preview.Previews;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionNumbers;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.organization.Membership;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, lists and repeats deployments of a project's versions, always within the organisation
 * that owns the project (another's answers 404). Starting stores the deployment as {@code queued}
 * with its first job in one transaction and returns at once; {@link DeploymentJob} does the rest.
 */
@Service
public class Deployments {

    static final int MAX_HISTORY = 200;

    private final Projects projects;
    private final VersionStore versions;
    private final Previews previews;
    private final DeploymentRepository deployments;
    private final DeploymentTransitions transitions;
    private final DeploymentTokens tokens;
    private final DeployCommandValidator validator;
    private final EventLog events;
    private final JobQueue jobs;

    Deployments(
            Projects projects,
            VersionStore versions,
            Previews previews,
            DeploymentRepository deployments,
            DeploymentTransitions transitions,
            DeploymentTokens tokens,
            DeployCommandValidator validator,
            EventLog events,
            JobQueue jobs) {
        this.projects = projects;
        this.versions = versions;
        this.previews = previews;
        this.deployments = deployments;
        this.transitions = transitions;
        this.tokens = tokens;
        this.validator = validator;
        this.events = events;
        this.jobs = jobs;
    }

    @Transactional
    public Deployment deploy(Membership member, UUID projectId, String versionName, DeployCommand command) {
        Project project = projects.get(member.orgId(), projectId);
        int version = VersionNumbers.of(project, versionName);
        versions.get(projectId, version).orElseThrow(() -> new NotFoundException("Version"));
        DeployCommandValidator.Valid valid = validator.validate(project, command);
        return start(member, project, version, valid, "deploy", Optional.empty());
    }

    /**
     * Deploys again the version a deployment deployed, to the same host and site: {@code redeploy}
     * repeats any deployment, {@code rollback} brings back one that was ready.
     */
    @Transactional
    public Deployment repeat(
            Membership member, UUID projectId, UUID deploymentId, Optional<String> token, String kind) {
        Project project = projects.get(member.orgId(), projectId);
        Deployment source = get(member, projectId, deploymentId);
        if (kind.equals("rollback") && !source.status().equals(Deployment.READY)) {
            throw new ConflictException(
                    "not-deployed",
                    "Only a deployment that went live can be rolled back to; redeploy this one instead.");
        }
        versions.get(projectId, source.version()).orElseThrow(() -> new NotFoundException("Version"));
        DeployCommandValidator.Valid valid = validator.validate(
                project,
                new DeployCommand(
                        Optional.of(source.platform().wireName()),
                        token,
                        Optional.of(source.siteName()),
                        source.repository(),
                        Optional.of(source.branch())));
        return start(member, project, source.version(), valid, kind, Optional.of(source.id()));
    }

    public List<Deployment> list(Membership member, UUID projectId, int limit) {
        projects.get(member.orgId(), projectId);
        if (limit < 1 || limit > MAX_HISTORY) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and " + MAX_HISTORY);
        }
        return deployments.list(member.orgId(), projectId, limit);
    }

    public Deployment get(Membership member, UUID projectId, UUID deploymentId) {
        projects.get(member.orgId(), projectId);
        return deployments
                .find(member.orgId(), projectId, deploymentId)
                .orElseThrow(() -> new NotFoundException("Deployment"));
    }

    /** The status history of a deployment the caller may see, oldest first. */
    public List<StoredEvent> history(Membership member, UUID projectId, UUID deploymentId) {
        Deployment deployment = get(member, projectId, deploymentId);
        return events.readAfter(deployment.id(), 0, 1000);
    }

    private Deployment start(
            Membership member,
            Project project,
            int version,
            DeployCommandValidator.Valid valid,
            String kind,
            Optional<UUID> sourceId) {
        if (valid.platform() != Platform.RENDER) {
            previews.unpublishable(project.id(), version).ifPresent(reason -> {
                throw new DomainException(ErrorCategory.UNPROCESSABLE, "nothing-to-deploy", reason);
            });
        }
        if (valid.token().isEmpty() && !tokens.available(member.orgId(), valid.platform())) {
            throw new DomainException(
                    ErrorCategory.UNPROCESSABLE,
                    "missing-token",
                    "There is no " + valid.platform().wireName()
                            + " token: send one with the request, or ask the operator to set "
                            + DeployCommandValidator.tokenVariable(valid.platform()) + ".");
        }
        UUID id = Ids.newId();
        Deployment deployment = deployments.insert(new DeploymentRepository.NewDeployment(
                id,
                member.orgId(),
                project.id(),
                version,
                valid.platform(),
                kind,
                valid.siteName(),
                valid.repository(),
                valid.branch(),
                valid.token().map(token -> tokens.seal(id, token)),
                sourceId,
                member.userId(),
                member.email()));
        transitions.queued(deployment, Actor.of(member));
        jobs.enqueue(DeploymentJob.NAME, DeploymentJob.jobId(id, 0));
        return deployment;
    }
}
