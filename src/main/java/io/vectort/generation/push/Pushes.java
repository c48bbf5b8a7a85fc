package io.vectort.generation.push;

import io.vectort.database.InstanceSettings;
import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.Connections;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts pushes and reads their history. Everything that can be known before connecting is checked
 * here, so that a wrong request is a 400 at once rather than a failed job: the shape, the project
 * and version, the remote against the outbound policy, and that a token exists.
 */
@Service
public class Pushes {

    private final Projects projects;
    private final VersionStore versions;
    private final Connections connections;
    private final GitRemotes remotes;
    private final PushStore store;
    private final PushEvents events;
    private final JobQueue jobs;
    private final AuditLog audit;
    private final InstanceSettings sealing;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    Pushes(
            Projects projects,
            VersionStore versions,
            Connections connections,
            GitRemotes remotes,
            PushStore store,
            PushEvents events,
            JobQueue jobs,
            AuditLog audit,
            InstanceSettings sealing,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.projects = projects;
        this.versions = versions;
        this.connections = connections;
        this.remotes = remotes;
        this.store = store;
        this.events = events;
        this.jobs = jobs;
        this.audit = audit;
        this.sealing = sealing;
        this.transactions = transactions;
        this.json = json;
    }

    /** The sealing context of a token given with one push: it opens for that push only. */
    static String tokenContext(UUID pushId) {
        return "push:" + pushId;
    }

    public Push start(Membership member, UUID projectId, int version, StartPush request) {
        PushRequests.validate(request);
        projects.get(member.orgId(), projectId);
        versions.get(projectId, version).orElseThrow(() -> new NotFoundException("Version"));
        StartPush normalized = normalize(request);
        boolean github = normalized.githubRepository().isPresent();
        if (!github) {
            try {
                remotes.check(GitRemotes.parse(normalized.remoteUrl().orElseThrow()));
            } catch (PushFailure refused) {
                throw new DomainException(ErrorCategory.INVALID, refused.code(), refused.getMessage());
            }
        }
        ConnectionKind kind = github ? ConnectionKind.GITHUB : ConnectionKind.GIT;
        if (normalized.token().isEmpty()
                && connections.token(member.orgId(), kind).isEmpty()) {
            throw new DomainException(
                    ErrorCategory.INVALID,
                    "token-required",
                    (github ? "GitHub is not connected to this organisation" : "No Git token is connected")
                            + ": give a token with this push, or ask an owner or admin to connect one in the"
                            + " organisation's settings");
        }
        UUID id = UUID.randomUUID();
        @Nullable
        String sealedToken = normalized
                .token()
                .map(token -> sealing.seal(tokenContext(id), token))
                .orElse(null);
        @Nullable String create = normalized.createRepository().map(this::json).orElse(null);
        transactions.executeWithoutResult(tx -> {
            store.insert(
                    id,
                    member.orgId(),
                    projectId,
                    version,
                    member.userId(),
                    member.email(),
                    normalized,
                    sealedToken,
                    create);
            audit.record(
                    member.orgId(),
                    Actor.of(member),
                    "project.pushed",
                    "project",
                    projectId.toString(),
                    details(id, version, normalized));
            events.status(id, PushStatus.QUEUED);
            jobs.enqueue(GitPushJob.NAME, id.toString());
        });
        return get(member.orgId(), projectId, id);
    }

    public Push get(UUID orgId, UUID projectId, UUID pushId) {
        return store.find(orgId, projectId, pushId).orElseThrow(() -> new NotFoundException("Push"));
    }

    public List<Push> list(UUID orgId, UUID projectId, int limit) {
        projects.get(orgId, projectId);
        return store.list(orgId, projectId, limit);
    }

    /** A repository to create names the GitHub repository of the push ({@code name} alone: the token's account). */
    private static StartPush normalize(StartPush request) {
        if (request.githubRepository().isPresent() || request.createRepository().isEmpty()) {
            return request;
        }
        StartPush.NewRepository create = request.createRepository().get();
        String repository = create.owner().map(owner -> owner + "/").orElse("") + create.name();
        return new StartPush(
                request.remoteUrl(),
                Optional.of(repository),
                request.branch(),
                request.token(),
                request.createRepository(),
                request.pullRequest());
    }

    private String json(StartPush.NewRepository create) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", create.name());
        value.put("private", create.isPrivate());
        create.owner().ifPresent(owner -> value.put("owner", owner));
        return json.writeValueAsString(value);
    }

    private static Map<String, Object> details(UUID id, int version, StartPush request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pushId", id.toString());
        details.put("version", version);
        request.remoteUrl().ifPresent(url -> details.put("remoteUrl", url));
        request.githubRepository().ifPresent(repository -> details.put("githubRepository", repository));
        request.branch().ifPresent(branch -> details.put("branch", branch));
        details.put("pullRequest", request.pullRequest());
        details.put("createRepository", request.createRepository().isPresent());
        details.put("ownToken", request.token().isPresent());
        return details;
    }
}
