package io.vectort.generation.push;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes a version's files to a branch of a remote over HTTPS: list the remote's branches, fetch
 * the one to build on, commit on top of it, push expecting the branch where it was fetched (a push
 * by someone else meanwhile is refused, not overwritten), then read the branch back. Works in a
 * temporary bare repository that is deleted afterwards.
 */
@Component
class GitPublisher {

    private static final Logger log = LoggerFactory.getLogger(GitPublisher.class);
    private final GitRemotes remotes;
    private final GitProperties properties;

    GitPublisher(GitRemotes remotes, GitProperties properties) {
        this.remotes = remotes;
        this.properties = properties;
        GuardedGitConnections.install();
    }

    PublishedCommit publish(
            URI remote,
            String token,
            BranchChoice choice,
            Map<String, String> files,
            PersonIdent author,
            String message,
            Consumer<String> progress)
            throws PushFailure, InterruptedException {
        remotes.check(remote);
        Path folder;
        try {
            folder = Files.createTempDirectory("vectort-push-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary folder for a push", e);
        }
        try {
            return GuardedGitConnections.run(
                    remotes.policy(), () -> publishIn(folder, remote, token, choice, files, author, message, progress));
        } catch (PushFailure | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw GitErrors.classify(remote, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private PublishedCommit publishIn(
            Path folder,
            URI remote,
            String token,
            BranchChoice choice,
            Map<String, String> files,
            PersonIdent author,
            String message,
            Consumer<String> progress)
            throws Exception {
        try (Repository repository =
                new FileRepositoryBuilder().setGitDir(folder.toFile()).setBare().build()) {
            repository.create(true);
            URIish uri = new URIish(remote.toString());
            progress.accept("fetching");
            Map<String, Ref> refs = advertised(repository, uri, token);
            boolean empty = refs.keySet().stream().noneMatch(name -> name.startsWith(Constants.R_HEADS));
            String base = choice.base().orElseGet(() -> defaultBranch(refs));
            String branch = choice.target().orElse(base);
            if (empty && choice.toBaseWhenEmpty()) {
                branch = base;
            }
            Optional<ObjectId> current = tip(refs, branch);
            Optional<String> startFrom =
                    current.isPresent() ? Optional.of(branch) : tip(refs, base).map(id -> base);
            Optional<ObjectId> parent = Optional.empty();
            if (startFrom.isPresent()) {
                parent = Optional.of(fetch(repository, uri, token, startFrom.get()));
            }
            progress.accept("committing");
            ObjectId tree = VersionCommit.tree(repository, files);
            if (current.isPresent() && treeOf(repository, parent.orElseThrow()).equals(tree)) {
                verify(repository, uri, token, branch, current.get());
                return new PublishedCommit(branch, base, current.get().name(), false, true);
            }
            ObjectId commit = VersionCommit.commit(repository, tree, parent, author, message);
            progress.accept("pushing");
            push(repository, uri, token, branch, commit, current.orElse(ObjectId.zeroId()));
            progress.accept("verifying");
            verify(repository, uri, token, branch, commit);
            return new PublishedCommit(branch, startFrom.orElse(branch), commit.name(), empty, false);
        }
    }

    private Map<String, Ref> advertised(Repository repository, URIish uri, String token) throws IOException {
        try (Transport transport = open(repository, uri, token);
                FetchConnection connection = transport.openFetch()) {
            return connection.getRefsMap();
        }
    }

    /** The branch the remote's HEAD names; {@code main} for a repository that says nothing. */
    private static String defaultBranch(Map<String, Ref> refs) {
        Ref head = refs.get(Constants.HEAD);
        if (head != null && head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
            return head.getTarget().getName().substring(Constants.R_HEADS.length());
        }
        if (head != null && head.getObjectId() != null) {
            for (Ref ref : refs.values()) {
                if (ref.getName().startsWith(Constants.R_HEADS)
                        && head.getObjectId().equals(ref.getObjectId())) {
                    return ref.getName().substring(Constants.R_HEADS.length());
                }
            }
        }
        return refs.containsKey(Constants.R_HEADS + "master") && !refs.containsKey(Constants.R_HEADS + "main")
                ? "master"
                : "main";
    }

    private static Optional<ObjectId> tip(Map<String, Ref> refs, String branch) {
        return Optional.ofNullable(refs.get(Constants.R_HEADS + branch)).map(Ref::getObjectId);
    }

    private ObjectId fetch(Repository repository, URIish uri, String token, String branch) throws Exception {
        String local = "refs/remotes/origin/" + branch;
        try (Transport transport = open(repository, uri, token)) {
            transport.fetch(
                    NullProgressMonitor.INSTANCE, List.of(new RefSpec("+" + Constants.R_HEADS + branch + ":" + local)));
        }
        Ref fetched = repository.exactRef(local);
        if (fetched == null) {
            throw new PushFailure("network", "The branch " + branch + " could not be fetched; try again");
        }
        return fetched.getObjectId();
    }

    private static ObjectId treeOf(Repository repository, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit parsed = walk.parseCommit(commit);
            return parsed.getTree().getId();
        }
    }

    private void push(
            Repository repository, URIish uri, String token, String branch, ObjectId commit, ObjectId expected)
            throws Exception {
        String ref = Constants.R_HEADS + branch;
        RemoteRefUpdate update = new RemoteRefUpdate(repository, null, commit, ref, false, null, expected);
        PushResult result;
        try (Transport transport = open(repository, uri, token)) {
            result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
        }
        RemoteRefUpdate answered = result.getRemoteUpdate(ref);
        GitErrors.checkPushed(branch, answered == null ? update : answered);
    }

    /** Reads the branch back: a push the remote accepted but did not apply is not a success. */
    private void verify(Repository repository, URIish uri, String token, String branch, ObjectId expected)
            throws Exception {
        Optional<ObjectId> now = tip(advertised(repository, uri, token), branch);
        if (now.isEmpty() || !now.get().equals(expected)) {
            throw new PushFailure(
                    "unverified",
                    "The remote accepted the push but its branch " + branch + " is at "
                            + now.map(ObjectId::name).orElse("nothing") + ", not at the pushed commit "
                            + expected.name() + ". Check the repository's hooks or branch rules, then push again.");
        }
    }

    private Transport open(Repository repository, URIish uri, String token) throws IOException {
        Transport transport = Transport.open(repository, uri);
        transport.setCredentialsProvider(new UsernamePasswordCredentialsProvider("x-access-token", token));
        transport.setTimeout((int) Math.max(1, properties.timeout().toSeconds()));
        transport.setPushThin(false);
        return transport;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary folder holds no secret (the token is never written to disk).
            log.debug("Could not delete {}: {}", folder, e.toString());
        }
    }
}
