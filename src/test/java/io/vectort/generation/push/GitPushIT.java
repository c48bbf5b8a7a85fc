package io.vectort.generation.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.database.InstanceSettings;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionStore;
import io.vectort.jobs.JobAttempt;
import io.vectort.support.Api;
import io.vectort.support.FakeGitHub;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import io.vectort.support.TestGitServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Pushes against a real Git server in the test JVM and a fake GitHub API: first commit to an empty
 * repository, later versions as new commits with exact trees, the pull request flow, and every
 * failure a person must be able to act on.
 */
class GitPushIT extends IntegrationTest {

    private static final Map<String, String> V1 =
            Map.of("index.html", "<h1>Hello</h1>\n", "src/app.js", "console.log('v1');\n");
    private static final Map<String, String> V2 =
            Map.of("index.html", "<h1>Hello again</h1>\n", "src/style.css", "h1 { color: teal; }\n");

    @Autowired
    private Projects projects;

    @Autowired
    private VersionStore versions;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private GitPushJob job;

    @Autowired
    private InstanceSettings sealing;

    private PushFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PushFixtures(api, projects, versions, transactions);
    }

    @Test
    void pushesAFirstCommitToAnEmptyRepositoryThenEachVersionOnTopWithExactlyItsFiles() throws Exception {
        Api.Session user = api.newUser();
        UUID project = fixtures.project(user, "Shop");
        fixtures.version(user.userId(), project, 1, "A shop with a cart", V1);
        fixtures.version(user.userId(), project, 2, "Teal titles, no script", V2);
        String name = "empty-" + UUID.randomUUID();
        String url = TestGitServer.createEmpty(name);
        double pushedBefore = api.metric("vectort_git_pushes_total", "status=\"pushed\"");

        JsonNode first =
                fixtures.pushAndWait(user, project, 1, Map.of("remoteUrl", url, "token", TestGitServer.WRITE_TOKEN));

        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("pushed");
        assertThat(first.get("pushedBranch").asString()).isEqualTo("main");
        List<RevCommit> history = TestGitServer.log(name, "main");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).name()).isEqualTo(first.get("commitSha").asString());
        assertThat(history.get(0).getFullMessage()).startsWith("A shop with a cart\n");
        assertThat(history.get(0).getAuthorIdent().getEmailAddress()).isEqualTo(user.email());
        assertThat(TestGitServer.files(name, history.get(0))).isEqualTo(V1);

        // The organisation's Git connection is used when the push carries no token.
        Api.Response connected = api.send(
                "PUT",
                "/api/v1/orgs/" + user.userId() + "/connections/git",
                user.token(),
                Map.of("token", TestGitServer.WRITE_TOKEN));
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        Api.Response accepted = api.post(
                "/api/v1/projects/" + project + "/versions/latest/push", user.token(), Map.of("remoteUrl", url));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode second =
                fixtures.await(user, project, accepted.json().get("id").asString());
        assertThat(second.get("version").asInt()).isEqualTo(2);

        assertThat(second.get("status").asString()).as(second.toString()).isEqualTo("pushed");
        history = TestGitServer.log(name, "main");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).name()).isEqualTo(second.get("commitSha").asString());
        assertThat(history.get(0).getParent(0).name())
                .isEqualTo(first.get("commitSha").asString());
        assertThat(TestGitServer.files(name, history.get(0))).isEqualTo(V2); // src/app.js is gone

        Api.SseResponse events = api.events(
                "/api/v1/projects/" + project + "/pushes/" + second.get("id").asString() + "/events",
                user.token(),
                Optional.empty(),
                Integer.MAX_VALUE,
                Duration.ofSeconds(30));
        List<String> steps = events.events().stream()
                .filter(e -> e.event().equals("progress"))
                .map(e -> e.json().get("step").asString())
                .toList();
        assertThat(steps).containsSubsequence("fetching", "committing", "pushing", "verifying");
        JsonNode last = events.events().getLast().json();
        assertThat(last.get("status").asString()).isEqualTo("pushed");
        assertThat(last.get("commitSha").asString())
                .isEqualTo(second.get("commitSha").asString());

        JsonNode listed =
                api.get("/api/v1/projects/" + project + "/pushes", user.token()).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(api.metric("vectort_git_pushes_total", "status=\"pushed\"")).isEqualTo(pushedBefore + 2);
        // The token given with the first push is erased once it has ended.
        assertThat(jdbc.sql("select count(*) from project_pushes where project_id = :p and token_sealed is not null")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPushDoneAgainAfterANodeDiedAddsNoSecondCommit() throws Exception {
        Api.Session user = api.newUser();
        UUID project = fixtures.project(user, "Crash");
        fixtures.version(user.userId(), project, 1, "One", V1);
        String name = "crash-" + UUID.randomUUID();
        String url = TestGitServer.createEmpty(name);
        JsonNode pushed =
                fixtures.pushAndWait(user, project, 1, Map.of("remoteUrl", url, "token", TestGitServer.WRITE_TOKEN));
        UUID id = UUID.fromString(pushed.get("id").asString());
        // As if the node died after the remote took the commit but before the push was recorded.
        jdbc.sql("""
                        update project_pushes set status = 'running', commit_sha = null, finished_at = null,
                            token_sealed = :token where id = :id""")
                .param("token", sealing.seal(Pushes.tokenContext(id), TestGitServer.WRITE_TOKEN))
                .param("id", id)
                .update();

        job.run(id.toString(), new JobAttempt(1, 4));

        JsonNode again = fixtures.await(user, project, id.toString());
        assertThat(again.get("status").asString()).isEqualTo("pushed");
        assertThat(again.get("commitSha").asString())
                .isEqualTo(pushed.get("commitSha").asString());
        assertThat(TestGitServer.log(name, "main")).hasSize(1);
    }

    @Test
    void createsAGitHubRepositoryThenOpensAPullRequestForTheNextVersion() throws Exception {
        Api.Session user = api.newUser();
        connectGitHub(user, FakeGitHub.TOKEN);
        UUID project = fixtures.project(user, "Blog");
        fixtures.version(user.userId(), project, 1, "A blog", V1);
        fixtures.version(user.userId(), project, 2, "A teal blog", V2);
        String repository = "blog-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode created = fixtures.pushAndWait(
                user, project, 1, Map.of("createRepository", Map.of("name", repository, "private", true)));

        assertThat(created.get("status").asString()).as(created.toString()).isEqualTo("pushed");
        assertThat(created.get("githubRepository").asString()).isEqualTo(FakeGitHub.LOGIN + "/" + repository);
        String gitName = FakeGitHub.gitName(FakeGitHub.LOGIN, repository);
        assertThat(TestGitServer.log(gitName, "main")).hasSize(1);
        assertThat(FakeGitHub.requests("POST", "/user/repos"))
                .anySatisfy(r -> assertThat(r.body().get("name").asString()).isEqualTo(repository));

        JsonNode pulled = fixtures.pushAndWait(
                user, project, 2, Map.of("githubRepository", FakeGitHub.LOGIN + "/" + repository, "pullRequest", true));

        assertThat(pulled.get("status").asString()).as(pulled.toString()).isEqualTo("pushed");
        String branch = pulled.get("pushedBranch").asString();
        assertThat(branch).startsWith("vectort/version-2-");
        assertThat(pulled.get("pullRequestUrl").asString()).startsWith("https://github.test/");
        assertThat(TestGitServer.log(gitName, "main")).hasSize(1);
        List<RevCommit> onBranch = TestGitServer.log(gitName, branch);
        assertThat(onBranch).hasSize(2);
        assertThat(TestGitServer.files(gitName, onBranch.get(0))).isEqualTo(V2);
        assertThat(FakeGitHub.requests("POST", "/repos/" + FakeGitHub.LOGIN + "/" + repository + "/pulls"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.body().get("head").asString()).isEqualTo(branch);
                    assertThat(r.body().get("base").asString()).isEqualTo("main");
                    assertThat(r.body().get("title").asString()).isEqualTo("A teal blog");
                });
    }

    @Test
    void reportsEachFailureWithItsCodeAndWords() throws Exception {
        Api.Session user = api.newUser();
        UUID project = fixtures.project(user, "Failing");
        fixtures.version(user.userId(), project, 1, "One", V1);
        String url = TestGitServer.createEmpty("fail-" + UUID.randomUUID());

        assertFailure(user, project, Map.of("remoteUrl", url, "token", "wrong-token"), "bad-token");
        assertFailure(user, project, Map.of("remoteUrl", url, "token", TestGitServer.READ_TOKEN), "missing-scope");
        assertFailure(
                user,
                project,
                Map.of(
                        "remoteUrl",
                        TestGitServer.url("nowhere-" + UUID.randomUUID()),
                        "token",
                        TestGitServer.WRITE_TOKEN),
                "repository-not-found");
        // Nothing listens there: retried, then reported as a network failure.
        assertFailure(
                user,
                project,
                Map.of("remoteUrl", "http://127.0.0.1:9/x.git", "token", TestGitServer.WRITE_TOKEN),
                "network");

        assertFailure(
                user,
                project,
                Map.of("githubRepository", "octo-tester/does-not-exist", "token", FakeGitHub.TOKEN),
                "repository-not-found");
        assertFailure(
                user, project, Map.of("githubRepository", "octo-tester/whatever", "token", "ghp_revoked"), "bad-token");
        FakeGitHub.addRepository(FakeGitHub.LOGIN, "taken-" + project);
        assertFailure(
                user,
                project,
                Map.of("createRepository", Map.of("name", "taken-" + project), "token", FakeGitHub.TOKEN),
                "repository-exists");
        JsonNode noScope = assertFailure(
                user,
                project,
                Map.of("createRepository", Map.of("name", "new-" + project), "token", FakeGitHub.READ_ONLY_TOKEN),
                "missing-scope");
        assertThat(noScope.get("error").asString()).contains("repo").contains("read:user");
    }

    @Test
    void refusesToOverwriteAPushMadeMeanwhileAndSaysWhatToDo() throws Exception {
        Api.Session user = api.newUser();
        UUID project = fixtures.project(user, "Race");
        fixtures.version(user.userId(), project, 1, "One", V1);
        fixtures.version(user.userId(), project, 2, "Two", V2);
        String name = "race-" + UUID.randomUUID();
        String url = TestGitServer.createEmpty(name);
        fixtures.pushAndWait(user, project, 1, Map.of("remoteUrl", url, "token", TestGitServer.WRITE_TOKEN));
        TestGitServer.raceAfterNextFetch(name);

        JsonNode raced = assertFailure(
                user, project, Map.of("remoteUrl", url, "token", TestGitServer.WRITE_TOKEN), 2, "non-fast-forward");

        assertThat(raced.get("error").asString()).contains("new branch");
        List<RevCommit> history = TestGitServer.log(name, "main");
        assertThat(history.get(0).getAuthorIdent().getName()).isEqualTo("Someone Else");
        assertThat(history).hasSize(2);

        JsonNode branched = fixtures.pushAndWait(
                user, project, 2, Map.of("remoteUrl", url, "token", TestGitServer.WRITE_TOKEN, "branch", "vectort-v2"));
        assertThat(branched.get("status").asString()).as(branched.toString()).isEqualTo("pushed");
        List<RevCommit> onBranch = TestGitServer.log(name, "vectort-v2");
        assertThat(onBranch.get(1).getAuthorIdent().getName()).isEqualTo("Someone Else");
    }

    @Test
    void refusesPrivateLoopbackAndMetadataRemotesBeforeStoringAnything() {
        Api.Session user = api.newUser();
        UUID project = fixtures.project(user, "Ssrf");
        fixtures.version(user.userId(), project, 1, "One", V1);
        for (String remote : List.of(
                "https://169.254.169.254/latest/meta-data.git",
                "https://127.0.0.2/repo.git",
                "https://[::1]/repo.git",
                "http://localhost:" + TestGitServer.port() + "/git/x.git",
                "https://10.0.0.7/repo.git",
                "file:///etc/passwd",
                "https://user:secret@example.com/repo.git")) {
            Api.Response refused =
                    fixtures.push(user, project, 1, Map.of("remoteUrl", remote, "token", TestGitServer.WRITE_TOKEN));
            assertThat(refused.status()).as(remote + " " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("type").asString()).as(remote).endsWith("/refused-destination");
        }
        assertThat(api.get("/api/v1/projects/" + project + "/pushes", user.token())
                        .json())
                .isEmpty();
    }

    @Test
    void checksTheRequestAndTheCallersRole() {
        Api.Session owner = api.newUser();
        TeamFixtures teams = new TeamFixtures(api, jdbc);
        UUID team = teams.team(owner, "Pushers");
        Api.Session viewer = api.newUser();
        teams.join(team, viewer, "viewer");
        String header = team.toString();
        Api.Response created = api.send(
                "POST", "/api/v1/projects", owner.token(), Map.of("name", "Team app"), "Vectort-Organization", header);
        UUID project = UUID.fromString(created.json().get("id").asString());
        fixtures.version(team, project, 1, "One", V1);
        String path = "/api/v1/projects/" + project + "/versions/1/push";
        Map<String, Object> body = Map.of("remoteUrl", TestGitServer.url("x"), "token", TestGitServer.WRITE_TOKEN);

        Api.Response asViewer = api.send("POST", path, viewer.token(), body, "Vectort-Organization", header);
        assertThat(asViewer.status()).as(asViewer.body()).isEqualTo(403);
        assertThat(api.send(
                                "GET",
                                "/api/v1/projects/" + project + "/pushes",
                                viewer.token(),
                                null,
                                "Vectort-Organization",
                                header)
                        .status())
                .isEqualTo(200);

        Api.Session stranger = api.newUser();
        assertThat(api.post(path, stranger.token(), body).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + project + "/pushes", stranger.token())
                        .status())
                .isEqualTo(404);

        Api.Response noTarget =
                api.send("POST", path, owner.token(), Map.of("token", "t"), "Vectort-Organization", header);
        assertThat(noTarget.status()).isEqualTo(400);
        Api.Response noToken = api.send(
                "POST",
                path,
                owner.token(),
                Map.of("remoteUrl", TestGitServer.url("x")),
                "Vectort-Organization",
                header);
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.json().get("type").asString()).endsWith("/token-required");
        Api.Response badBranch = api.send(
                "POST",
                path,
                owner.token(),
                Map.of("remoteUrl", TestGitServer.url("x"), "token", "t", "branch", "a..b"),
                "Vectort-Organization",
                header);
        assertThat(badBranch.status()).isEqualTo(400);
        Api.Response missingVersion = api.send(
                "POST",
                "/api/v1/projects/" + project + "/versions/9/push",
                owner.token(),
                body,
                "Vectort-Organization",
                header);
        assertThat(missingVersion.status()).isEqualTo(404);
    }

    @Test
    void neverShowsOrStoresATokenInTheClear() throws Exception {
        Api.Session user = api.newUser();
        UUID project = fixtures.project(user, "Secret");
        fixtures.version(user.userId(), project, 1, "One", V1);
        String url = TestGitServer.createEmpty("secret-" + UUID.randomUUID());
        JsonNode pushed =
                fixtures.pushAndWait(user, project, 1, Map.of("remoteUrl", url, "token", TestGitServer.WRITE_TOKEN));
        assertThat(pushed.get("status").asString()).isEqualTo("pushed");
        connectGitHub(user, FakeGitHub.TOKEN);

        String everything =
                api.get("/api/v1/projects/" + project + "/pushes", user.token()).body()
                        + api.get("/api/v1/orgs/" + user.userId() + "/connections", user.token())
                                .body()
                        + api.get("/api/v1/orgs/" + user.userId() + "/audit", user.token())
                                .body();
        assertThat(everything).doesNotContain(TestGitServer.WRITE_TOKEN).doesNotContain(FakeGitHub.TOKEN);
        for (String table : List.of("project_pushes", "organization_connections", "audit_log", "event_log")) {
            String rows = String.join(
                    "\n",
                    jdbc.sql("select t::text from " + table + " t")
                            .query(String.class)
                            .list());
            assertThat(rows).as(table).doesNotContain(TestGitServer.WRITE_TOKEN).doesNotContain(FakeGitHub.TOKEN);
        }
    }

    private void connectGitHub(Api.Session user, String token) {
        Api.Response connected = api.send(
                "PUT", "/api/v1/orgs/" + user.userId() + "/connections/github", user.token(), Map.of("token", token));
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    }

    private JsonNode assertFailure(Api.Session user, UUID project, Map<String, ?> body, String code) {
        return assertFailure(user, project, body, 1, code);
    }

    private JsonNode assertFailure(Api.Session user, UUID project, Map<String, ?> body, int version, String code) {
        JsonNode push = fixtures.pushAndWait(user, project, version, body);
        assertThat(push.get("status").asString()).as(push.toString()).isEqualTo("failed");
        assertThat(push.get("errorCode").asString()).as(push.toString()).isEqualTo(code);
        assertThat(push.get("error").asString()).isNotBlank();
        return push;
    }
}
