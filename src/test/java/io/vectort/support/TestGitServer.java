package io.vectort.support;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A real Git smart-HTTP server in the test JVM: JGit's {@link GitServlet} over bare repositories on
 * disk, in an embedded Tomcat on a random port of 127.0.0.1, with basic authentication as Git hosts
 * do it (any user name, the token as password). {@link #WRITE_TOKENS} may fetch and push, {@link
 * #READ_TOKEN} may only fetch (a push answers 403), anything else answers 401. A repository can be
 * told to receive someone else's commit right after Vectort fetched it (a real push race).
 */
public final class TestGitServer {

    public static final String WRITE_TOKEN = "git-test-token-write-0001";
    public static final String READ_TOKEN = "git-test-token-read-0002";
    private static final Set<String> WRITE_TOKENS = ConcurrentHashMap.newKeySet();
    private static final Set<String> RACES = ConcurrentHashMap.newKeySet();
    private static final Path ROOT = root();
    private static final Tomcat TOMCAT = start();

    static {
        WRITE_TOKENS.add(WRITE_TOKEN);
    }

    private TestGitServer() {}

    /** Lets another token push too (the fake GitHub's tokens). */
    public static void acceptWriteToken(String token) {
        WRITE_TOKENS.add(token);
    }

    public static int port() {
        return TOMCAT.getConnector().getLocalPort();
    }

    public static String url(String name) {
        return "http://127.0.0.1:" + port() + "/git/" + name + ".git";
    }

    /** Creates an empty bare repository (HEAD names main, as new repositories on Git hosts do). */
    public static String createEmpty(String name) {
        try (Repository repository = open(name, true)) {
            repository.create(true);
            RefUpdate head = repository.updateRef(Constants.HEAD);
            head.link(Constants.R_HEADS + "main");
            return url(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(String name) {
        return Files.isDirectory(ROOT.resolve(name + ".git"));
    }

    /** The next fetch from this repository is followed at once by someone else's commit on main. */
    public static void raceAfterNextFetch(String name) {
        RACES.add(name);
    }

    public static Repository open(String name) throws IOException {
        return open(name, false);
    }

    /** The commits of a branch, newest first. */
    public static java.util.List<RevCommit> log(String name, String branch) throws IOException {
        try (Repository repository = open(name);
                RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = repository.resolve(Constants.R_HEADS + branch);
            if (tip == null) {
                return java.util.List.of();
            }
            walk.markStart(walk.parseCommit(tip));
            java.util.List<RevCommit> commits = new java.util.ArrayList<>();
            walk.forEach(commits::add);
            return commits;
        }
    }

    /** The files of a commit's tree, path to content. */
    public static java.util.Map<String, String> files(String name, RevCommit commit) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Repository repository = open(name);
                org.eclipse.jgit.treewalk.TreeWalk walk = new org.eclipse.jgit.treewalk.TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                files.put(
                        walk.getPathString(),
                        new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Repository open(String name, boolean create) throws IOException {
        File folder = ROOT.resolve(name + ".git").toFile();
        if (!create && !folder.isDirectory()) {
            throw new RepositoryNotFoundException(name);
        }
        return new FileRepositoryBuilder().setGitDir(folder).setBare().build();
    }

    private static Path root() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "test-git-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Tomcat start() {
        // As the application's own Tomcat does (Spring Boot disables it too, and warns if it cannot).
        org.apache.tomcat.util.modeler.Registry.disableRegistry();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(ROOT.resolve("tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", ROOT.toString());
        Tomcat.addServlet(context, "git", servlet());
        context.addServletMappingDecoded("/git/*", "git");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
        return tomcat;
    }

    private static GitServlet servlet() {
        GitServlet servlet = new AuthenticatingGitServlet();
        servlet.setRepositoryResolver((request, name) -> {
            String bare = name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
            if (bare.contains("..") || bare.contains("/")) {
                throw new RepositoryNotFoundException(name);
            }
            try {
                return open(bare);
            } catch (RepositoryNotFoundException e) {
                throw e;
            } catch (IOException e) {
                throw new RepositoryNotFoundException(name, e);
            }
        });
        servlet.setReceivePackFactory((request, repository) -> new ReceivePack(repository));
        servlet.setUploadPackFactory((request, repository) -> {
            UploadPack upload = new UploadPack(repository);
            String name = repository.getDirectory().getName().replaceAll("\\.git$", "");
            upload.setPostUploadHook(stats -> {
                if (RACES.remove(name)) {
                    commitAsSomeoneElse(repository);
                }
            });
            return upload;
        });
        return servlet;
    }

    private static void commitAsSomeoneElse(Repository repository) {
        try (ObjectInserter inserter = repository.newObjectInserter();
                RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = repository.resolve(Constants.R_HEADS + "main");
            RevCommit parent = walk.parseCommit(tip);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(parent.getTree());
            commit.setParentId(parent);
            PersonIdent someone = new PersonIdent("Someone Else", "someone@example.com");
            commit.setAuthor(someone);
            commit.setCommitter(someone);
            commit.setMessage("A change made elsewhere\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + "main");
            update.setExpectedOldObjectId(tip);
            update.setNewObjectId(id);
            update.update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Basic authentication in front of the Git protocol, answering as Git hosts do. */
    private static final class AuthenticatingGitServlet extends GitServlet {
        @Override
        public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            String token = password(request.getHeader("Authorization"));
            boolean push = request.getRequestURI().endsWith("git-receive-pack")
                    || "git-receive-pack".equals(request.getParameter("service"));
            if (token == null || !(WRITE_TOKENS.contains(token) || READ_TOKEN.equals(token))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Test Git\"");
                response.sendError(401);
                return;
            }
            if (push && !WRITE_TOKENS.contains(token)) {
                response.sendError(403);
                return;
            }
            super.service(req, res);
        }

        private static String password(String authorization) {
            if (authorization == null || !authorization.startsWith("Basic ")) {
                return null;
            }
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        }
    }
}
