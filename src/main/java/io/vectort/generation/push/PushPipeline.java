package io.vectort.generation.push;

import io.vectort.database.InstanceSettings;
import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.Connections;
import io.vectort.generation.github.GitHubApi;
import io.vectort.generation.github.GitHubException;
import io.vectort.generation.github.GitHubRepository;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionInfo;
import io.vectort.generation.version.VersionStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.eclipse.jgit.lib.PersonIdent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One push, from its stored request to the commit on the remote: choose the token, resolve (or
 * create) the GitHub repository, publish the version's files, open the pull request.
 */
@Component
class PushPipeline {

    /** The outcome: the commit, and what GitHub answered for a pull request. */
    record Outcome(
            PublishedCommit commit,
            Optional<String> pullRequestUrl,
            Optional<String> warningCode,
            Optional<String> warning) {}

    private final Projects projects;
    private final VersionStore versions;
    private final Connections connections;
    private final GitHubApi github;
    private final GitPublisher publisher;
    private final PushStore store;
    private final PushEvents events;
    private final InstanceSettings sealing;
    private final JsonMapper json;

    PushPipeline(
            Projects projects,
            VersionStore versions,
            Connections connections,
            GitHubApi github,
            GitPublisher publisher,
            PushStore store,
            PushEvents events,
            InstanceSettings sealing,
            JsonMapper json) {
        this.projects = projects;
        this.versions = versions;
        this.connections = connections;
        this.github = github;
        this.publisher = publisher;
        this.store = store;
        this.events = events;
        this.sealing = sealing;
        this.json = json;
    }

    Outcome run(PushStore.Work work) throws PushFailure, InterruptedException {
        Push push = work.push();
        Project project = projects.get(push.orgId(), push.projectId());
        VersionInfo version = versions.get(push.projectId(), push.version())
                .orElseThrow(() -> new PushFailure("version-gone", "This version no longer exists"));
        SortedMap<String, String> files = versions.contents(push.projectId(), push.version());
        String token = token(work);
        RemoteTarget target;
        try {
            target = resolve(work, token);
        } catch (GitHubException e) {
            throw new PushFailure(e.code(), e.getMessage());
        }
        boolean pullRequest = push.pullRequest() && target.githubRepository().isPresent();
        BranchChoice choice = pullRequest
                ? new BranchChoice(
                        Optional.of(push.branch()
                                .orElse("vectort/version-" + push.version() + "-"
                                        + push.id().toString().substring(0, 8))),
                        target.defaultBranch(),
                        true)
                : new BranchChoice(push.branch(), target.defaultBranch(), false);
        PublishedCommit commit = publisher.publish(
                target.url(),
                token,
                choice,
                files,
                author(work.authorEmail()),
                message(project, version),
                step -> events.progress(push.id(), step));
        if (!pullRequest) {
            return new Outcome(commit, Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (commit.emptyRepository() || commit.branch().equals(commit.base())) {
            return new Outcome(
                    commit,
                    Optional.empty(),
                    Optional.of("no-pull-request"),
                    Optional.of("The repository was empty, so the version became its first commit on " + commit.branch()
                            + "; there was nothing to open a pull request against."));
        }
        events.progress(push.id(), "opening-pull-request");
        try {
            String url = github.openPullRequest(
                    token,
                    target.githubRepository().orElseThrow(),
                    commit.branch(),
                    commit.base(),
                    title(version),
                    "Version " + version.number() + " of " + project.name() + ", pushed by Vectort.");
            return new Outcome(commit, Optional.of(url), Optional.empty(), Optional.empty());
        } catch (GitHubException e) {
            return new Outcome(
                    commit,
                    Optional.empty(),
                    Optional.of("pull-request-failed"),
                    Optional.of("The commit is on " + commit.branch() + ", but the pull request could not be"
                            + " opened: " + e.getMessage()));
        }
    }

    /** The token given with the push, else the organisation's connection for that kind of remote. */
    private String token(PushStore.Work work) throws PushFailure {
        if (work.sealedToken() != null) {
            return sealing.open(Pushes.tokenContext(work.push().id()), work.sealedToken());
        }
        ConnectionKind kind = work.push().githubRepository().isPresent() ? ConnectionKind.GITHUB : ConnectionKind.GIT;
        return connections
                .token(work.push().orgId(), kind)
                .orElseThrow(() -> new PushFailure(
                        "bad-token",
                        "The organisation's " + kind.wireName() + " connection was revoked before the push ran:"
                                + " connect a token again, or give one with the push."));
    }

    private RemoteTarget resolve(PushStore.Work work, String token) throws PushFailure {
        Push push = work.push();
        if (push.remoteUrl().isPresent()) {
            return new RemoteTarget(GitRemotes.parse(push.remoteUrl().get()), Optional.empty(), Optional.empty());
        }
        if (work.resolvedUrl() != null) {
            // A retry: the repository was resolved (or created) by an earlier attempt.
            return new RemoteTarget(
                    GitRemotes.parse(work.resolvedUrl()),
                    push.githubRepository(),
                    Optional.ofNullable(work.baseBranch()));
        }
        String repository = push.githubRepository().orElseThrow();
        GitHubRepository found;
        if (work.createRepositoryJson() != null) {
            events.progress(push.id(), "creating-repository");
            JsonNode create = json.readTree(work.createRepositoryJson());
            String login = github.user(token).login();
            Optional<String> owner = Optional.ofNullable(create.path("owner").asString(null))
                    .filter(name -> !name.equalsIgnoreCase(login));
            found = github.create(
                    token,
                    owner,
                    create.path("name").asString(),
                    create.path("private").asBoolean(true));
        } else {
            events.progress(push.id(), "resolving");
            int slash = repository.indexOf('/');
            found = github.repository(token, repository.substring(0, slash), repository.substring(slash + 1));
        }
        store.resolved(push.id(), found.cloneUrl(), found.defaultBranch(), found.fullName());
        return new RemoteTarget(
                GitRemotes.parse(found.cloneUrl()), Optional.of(found.fullName()), Optional.of(found.defaultBranch()));
    }

    /** Users have no display name: the address's local part stands for it, the address is exact. */
    private static PersonIdent author(String email) {
        int at = email.indexOf('@');
        return new PersonIdent(at > 0 ? email.substring(0, at) : email, email, Instant.now(), ZoneOffset.UTC);
    }

    private static String message(Project project, VersionInfo version) {
        String summary = version.summary().isBlank()
                ? "Version " + version.number()
                : version.summary().strip();
        return summary + "\n\nVersion " + version.number() + " of " + project.name() + ", pushed by Vectort.\n";
    }

    private static String title(VersionInfo version) {
        String first = version.summary().lines().findFirst().orElse("").strip();
        String title = first.isEmpty() ? "Version " + version.number() : first;
        return title.length() > 72 ? title.substring(0, 71) + "…" : title;
    }

    static Map<String, String> extra(Outcome outcome) {
        Map<String, String> extra = new HashMap<>();
        outcome.pullRequestUrl().ifPresent(url -> extra.put("pullRequestUrl", url));
        outcome.warningCode().ifPresent(code -> extra.put("warningCode", code));
        outcome.warning().ifPresent(message -> extra.put("warning", message));
        return extra;
    }
}
