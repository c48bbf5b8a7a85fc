package io.vectort.generation.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.jobs.JobQueue;
import io.vectort.support.Api;
import io.vectort.support.FakeHost.Outcome;
import io.vectort.support.FakeHosts;
import io.vectort.support.FakeNetlify;
import io.vectort.support.FakeRender;
import io.vectort.support.FakeVercel;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DeploymentsIT extends IntegrationTest {

    @Autowired
    private JobQueue jobs;

    @Autowired
    private DeploymentTokens tokens;

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void deploysToNetlifyWithTheOperatorsTokenUploadingOnlyTheFilesNetlifyLacks() {
        String project = projectWith("test-twins", "Twins");
        Api.Response accepted = deploy(project, "1", Map.of("platform", "netlify", "siteName", "twins-" + suffix()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("queued");
        String id = accepted.json().get("id").asString();

        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ready");
        assertThat(done.get("url").asString()).matches("https://twins-[a-z0-9]+\\.netlify\\.app");
        // Two paths share one content: Netlify asks for that digest once, so two uploads, not three.
        List<String> uploads = FakeNetlify.HOST.uploadsOf(FakeHosts.OPERATOR_NETLIFY_TOKEN).stream()
                .filter(path -> path.equals("/index.html") || path.endsWith("logo.svg"))
                .toList();
        assertThat(uploads).hasSize(2).contains("/index.html");
        List<String> history = done.get("events").findValuesAsString("status");
        assertThat(history).containsSubsequence("queued", "uploading", "deploying", "ready");

        // The same site again: Netlify has every file, so nothing is uploaded and no site is created.
        long sitesBefore = FakeNetlify.HOST.sitesCreatedBy(FakeHosts.OPERATOR_NETLIFY_TOKEN);
        int uploadsBefore =
                FakeNetlify.HOST.uploadsOf(FakeHosts.OPERATOR_NETLIFY_TOKEN).size();
        Api.Response again =
                api.post("/api/v1/projects/" + project + "/deployments/" + id + "/redeploy", user.token(), null);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        JsonNode redeployed = awaitFinished(project, again.json().get("id").asString());
        assertThat(redeployed.get("status").asString()).isEqualTo("ready");
        assertThat(redeployed.get("kind").asString()).isEqualTo("redeploy");
        assertThat(redeployed.get("url").asString()).isEqualTo(done.get("url").asString());
        assertThat(FakeNetlify.HOST.sitesCreatedBy(FakeHosts.OPERATOR_NETLIFY_TOKEN))
                .isEqualTo(sitesBefore);
        assertThat(FakeNetlify.HOST.uploadsOf(FakeHosts.OPERATOR_NETLIFY_TOKEN)).hasSize(uploadsBefore);
    }

    @Test
    void usesTheOrganisationsConnectionBeforeTheOperatorsToken() {
        String project = projectWith("test-chunky", "Connected");
        String connected = FakeVercel.HOST.token(Outcome.READY);
        Api.Response saved = api.send(
                "PUT",
                "/api/v1/orgs/" + user.userId() + "/connections/vercel",
                user.token(),
                Map.of("token", connected));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        String id = deployed(project, Map.of("platform", "vercel", "siteName", "conn-" + suffix()));

        assertThat(awaitFinished(project, id).get("status").asString()).isEqualTo("ready");
        assertThat(FakeVercel.HOST.deploymentsOf(connected)).hasSize(1);
        // Revoked, the operator's token (set for Netlify only in these tests) is all there is.
        assertThat(api.delete("/api/v1/orgs/" + user.userId() + "/connections/vercel", user.token())
                        .status())
                .isEqualTo(204);
        Api.Response withoutToken = deploy(project, "1", Map.of("platform", "vercel"));
        assertThat(withoutToken.status()).as(withoutToken.body()).isEqualTo(422);
    }

    @Test
    void deploysToVercelUploadingEachDistinctFileOnceBySha() {
        String project = projectWith("test-twins", "Vercel twins");
        String token = FakeVercel.HOST.token(Outcome.READY);
        String id = deployed(project, Map.of("platform", "vercel", "token", token, "siteName", "vt-" + suffix()));

        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ready");
        assertThat(done.get("url").asString())
                .isEqualTo("https://" + done.get("siteName").asString() + ".vercel.app");
        assertThat(done.get("providerId").asString()).startsWith("dpl_");
        assertThat(FakeVercel.HOST.uploadsOf(token)).hasSize(2).doesNotHaveDuplicates();
        JsonNode created = FakeVercel.HOST.deploymentsOf(token).getFirst();
        assertThat(created.get("files").findValuesAsString("file"))
                .containsExactlyInAnyOrder("index.html", "img/logo.svg", "copy/logo.svg");
        assertThat(created.get("target").asString()).isEqualTo("production");
        // The token is used, never shown.
        assertThat(api.get("/api/v1/projects/" + project + "/deployments", user.token())
                        .body())
                .doesNotContain(token);
        assertThat(jdbc.sql("select sealed_token from deployments where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void neverDeploysTwiceWhenAStepRunsAgain() {
        String project = projectWith("test-chunky", "Twice");
        String token = FakeVercel.HOST.token(Outcome.READY);
        String id = deployed(project, Map.of("platform", "vercel", "token", token));
        assertThat(awaitFinished(project, id).get("status").asString()).isEqualTo("ready");
        UUID deployment = UUID.fromString(id);
        int step = jdbc.sql("select step from deployments where id = :id")
                .param("id", deployment)
                .query(Integer.class)
                .single();

        // A duplicate of the first step (a retry, a revived job) finds the deployment finished.
        jobs.enqueue("deployment", id + ":0");
        // A node died after the host had the deployment and before the outcome was stored: the step
        // runs again and polls the host's deployment instead of starting another.
        jdbc.sql("update deployments set status = 'deploying', finished_at = null, url = null, sealed_token = :token"
                        + " where id = :id")
                .param("token", tokens.seal(deployment, token))
                .param("id", deployment)
                .update();
        jobs.enqueue("deployment", id + ":" + step);
        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("status").asString()).isEqualTo("ready");
        assertThat(done.get("url").asString()).endsWith(".vercel.app");
        assertThat(FakeVercel.HOST.deploymentsOf(token)).hasSize(1);
        long polls = FakeVercel.HOST.requestsOf(token).stream()
                .filter(r -> r.method().equals("GET") && r.path().startsWith("/v13/deployments/"))
                .count();
        assertThat(polls).isGreaterThanOrEqualTo(3);
    }

    @Test
    void deploysTheBuiltOutputOfAViteProject() {
        assumeTrue(Generations.npmAvailable(), "npm is not installed: Vite projects cannot be built here");
        String project = projectWith("test-vite", "Vite site");
        String token = FakeNetlify.HOST.token(Outcome.READY);
        String id = deployed(project, Map.of("platform", "netlify", "token", token, "siteName", "vite-" + suffix()));
        JsonNode done = awaitStatus(project, id, Duration.ofMinutes(4), "ready", "failed");
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ready");
        List<String> uploads = FakeNetlify.HOST.uploadsOf(token);
        // The build's output, not the sources: index.html and hashed assets, no package.json.
        assertThat(uploads).contains("/index.html").noneMatch(path -> path.equals("/package.json"));
        assertThat(uploads).anyMatch(path -> path.matches("/assets/.+\\.js"));
    }

    @Test
    void deletingTheProjectDeletesItsDeploymentsAndTheirHistory() {
        String project = projectWith("test-chunky", "Deleted");
        String id = deployed(project, Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.READY)));
        awaitFinished(project, id);
        assertThat(api.delete("/api/v1/projects/" + project, user.token()).status())
                .isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from deployments where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from event_log where stream_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void followsTheStatusAsServerSentEventsUntilTheEnd() {
        String project = projectWith("test-chunky", "Stream");
        String id = deployed(
                project,
                Map.of(
                        "platform",
                        "vercel",
                        "token",
                        FakeVercel.HOST.token(Outcome.READY),
                        "siteName",
                        "st-" + suffix()));
        Api.SseResponse stream = api.events(
                "/api/v1/projects/" + project + "/deployments/" + id + "/events",
                user.token(),
                Optional.empty(),
                100,
                Duration.ofSeconds(30));
        assertThat(stream.status()).isEqualTo(200);
        List<String> statuses = stream.events().stream()
                .map(e -> e.json().get("status").asString())
                .toList();
        assertThat(statuses).startsWith("queued").endsWith("ready");
        assertThat(stream.events().getLast().json().get("url").asString()).startsWith("https://");
    }

    @Test
    void reportsEachFailureWithACodeTheUserCanActOn() {
        String project = projectWith("test-chunky", "Failures");
        String badToken =
                deployed(project, Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.BAD_TOKEN)));
        String limited =
                deployed(project, Map.of("platform", "netlify", "token", FakeNetlify.HOST.token(Outcome.RATE_LIMITED)));
        String broken =
                deployed(project, Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.BUILD_ERROR)));

        JsonNode refused = awaitFinished(project, badToken);
        assertThat(refused.get("status").asString()).isEqualTo("failed");
        assertThat(refused.get("error").get("code").asString()).isEqualTo("bad-token");
        assertThat(refused.get("error").get("message").asString()).contains("Vercel refused the token: Not authorized");

        JsonNode quota = awaitFinished(project, limited);
        assertThat(quota.get("error").get("code").asString()).isEqualTo("quota-exceeded");
        assertThat(quota.get("error").get("message").asString()).contains("60 s");

        JsonNode build = awaitFinished(project, broken);
        assertThat(build.get("error").get("code").asString()).isEqualTo("build-failed");
        assertThat(build.get("error").get("message").asString()).contains("npm run build");
        assertThat(build.get("log").asString()).contains("Cannot find module 'react-dom'");
    }

    @Test
    void retriesAServerErrorOfTheHostAndThenSucceeds() {
        String project = projectWith("test-chunky", "Flaky host");
        String token = FakeNetlify.HOST.token(Outcome.SERVER_ERROR_ONCE);
        String id = deployed(project, Map.of("platform", "netlify", "token", token, "siteName", "fl-" + suffix()));
        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ready");
        long deployCalls = FakeNetlify.HOST.requestsOf(token).stream()
                .filter(r -> r.method().equals("POST") && r.path().endsWith("/deploys"))
                .count();
        assertThat(deployCalls).isEqualTo(2);
    }

    @Test
    void keepsLookingAfterTheHostsWaitWhenALookIsRateLimited() {
        String project = projectWith("test-chunky", "Busy host");
        String token = FakeVercel.HOST.token(Outcome.POLL_RATE_LIMITED_ONCE);
        String id = deployed(project, Map.of("platform", "vercel", "token", token));
        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ready");
        assertThat(FakeVercel.HOST.deploymentsOf(token)).hasSize(1);
    }

    @Test
    void givesUpWithTimeoutWhenTheHostNeverFinishes() {
        String project = projectWith("test-chunky", "Slow host");
        String id =
                deployed(project, Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.NEVER_READY)));
        awaitStatus(project, id, "deploying");
        // As if the deployment had been asked for long ago: the next look is past the limit.
        jdbc.sql("update deployments set created_at = now() - interval '1 day' where id = :id")
                .param("id", UUID.fromString(id))
                .update();
        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("error").get("code").asString()).isEqualTo("timeout");
    }

    @Test
    void deploysARenderStaticSiteFromTheProjectsRepository() {
        String project = projectWith("test-chunky", "Render");
        String token = FakeRender.HOST.token(Outcome.READY);
        Api.Response withoutRepository = deploy(project, "1", Map.of("platform", "render", "token", token));
        assertThat(withoutRepository.status()).isEqualTo(422);
        assertThat(withoutRepository.json().get("type").asString()).endsWith("/render-needs-repository");

        String site = "rd-" + suffix();
        String id = deployed(
                project,
                Map.of(
                        "platform",
                        "render",
                        "token",
                        token,
                        "siteName",
                        site,
                        "repository",
                        "https://github.com/acme/render-app"));
        JsonNode done = awaitFinished(project, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("ready");
        assertThat(done.get("url").asString()).isEqualTo("https://" + site + ".onrender.com");
        JsonNode service = FakeRender.HOST.servicesCreatedBy(token).getFirst();
        assertThat(service.get("type").asString()).isEqualTo("static_site");
        assertThat(service.get("repo").asString()).isEqualTo("https://github.com/acme/render-app");
        assertThat(service.get("serviceDetails").get("publishPath").asString()).isEqualTo(".");

        // Deploying again finds the service and triggers a deploy rather than creating another.
        String again = deployed(
                project,
                Map.of(
                        "platform",
                        "render",
                        "token",
                        token,
                        "siteName",
                        site,
                        "repository",
                        "https://github.com/acme/render-app"));
        assertThat(awaitFinished(project, again).get("status").asString()).isEqualTo("ready");
        assertThat(FakeRender.HOST.servicesCreatedBy(token)).hasSize(1);
    }

    @Test
    void rollsBackToTheVersionOfAnEarlierDeploymentThatWentLive() {
        String project = projectWith("test-chunky", "Rollback");
        String token = FakeVercel.HOST.token(Outcome.READY);
        String site = "rb-" + suffix();
        String first = deployed(project, Map.of("platform", "vercel", "token", token, "siteName", site));
        assertThat(awaitFinished(project, first).get("status").asString()).isEqualTo("ready");
        restore(project, 1); // version 2, identical files

        String second = deployedVersion(project, "2", Map.of("platform", "vercel", "token", token, "siteName", site));
        assertThat(awaitFinished(project, second).get("version").asInt()).isEqualTo(2);

        Api.Response rollback = api.post(
                "/api/v1/projects/" + project + "/deployments/" + first + "/rollback",
                user.token(),
                Map.of("token", token));
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(202);
        JsonNode rolledBack = awaitFinished(project, rollback.json().get("id").asString());
        assertThat(rolledBack.get("status").asString()).isEqualTo("ready");
        assertThat(rolledBack.get("version").asInt()).isEqualTo(1);
        assertThat(rolledBack.get("kind").asString()).isEqualTo("rollback");
        assertThat(rolledBack.get("sourceId").asString()).isEqualTo(first);

        JsonNode history = api.get("/api/v1/projects/" + project + "/deployments", user.token())
                .json();
        assertThat(history.findValuesAsString("id"))
                .containsExactly(rolledBack.get("id").asString(), second, first);

        String failed =
                deployed(project, Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.BAD_TOKEN)));
        awaitFinished(project, failed);
        Api.Response refused =
                api.post("/api/v1/projects/" + project + "/deployments/" + failed + "/rollback", user.token(), null);
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void checksRolesAndHidesOtherOrganisationsProjects() {
        TeamFixtures teams = new TeamFixtures(api, jdbc);
        UUID org = teams.team(user, "Deployers");
        Api.Session viewer = api.newUser();
        teams.join(org, viewer, "viewer");
        String project = api.send("POST", "/api/v1/projects", user.token(), Map.of("name", "Team site"), header(org))
                .json()
                .get("id")
                .asString();
        String generation = api.send(
                        "POST",
                        "/api/v1/projects/" + project + "/generate",
                        user.token(),
                        Generations.request("Team", "test-chunky"),
                        header(org))
                .json()
                .get("id")
                .asString();
        awaitGeneration(org, generation);
        Map<String, Object> body = Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.READY));
        String path = "/api/v1/projects/" + project + "/versions/1/deployments";

        assertThat(api.send("POST", path, viewer.token(), body, header(org)).status())
                .isEqualTo(403);
        Api.Response started = api.send("POST", path, user.token(), body, header(org));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Api.Response listed =
                api.send("GET", "/api/v1/projects/" + project + "/deployments", viewer.token(), null, header(org));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(1);

        Api.Session stranger = api.newUser();
        String deploymentId = started.json().get("id").asString();
        assertThat(api.post(path, stranger.token(), body).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + project + "/deployments", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + project + "/deployments/" + deploymentId, stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/projects/" + project + "/deployments/" + deploymentId + "/redeploy",
                                stranger.token(),
                                null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void refusesBadRequestsBeforeStoringAnything() {
        String project = projectWith("test-chunky", "Bad requests");
        long before = count("deployments");
        Api.Response unknown = deploy(project, "1", Map.of("platform", "heroku"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown-platform");
        Api.Response badName = deploy(project, "1", Map.of("platform", "netlify", "siteName", "Not a name!"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body()).contains("siteName");
        Api.Response noToken = deploy(project, "1", Map.of("platform", "vercel"));
        assertThat(noToken.status()).isEqualTo(422);
        assertThat(noToken.json().get("type").asString()).endsWith("/missing-token");
        assertThat(noToken.json().get("detail").asString()).contains("VECTORT_VERCEL_TOKEN");
        assertThat(deploy(project, "9", Map.of("platform", "netlify")).status()).isEqualTo(404);

        String api = projectWith("test-express", "An API");
        Api.Response nothing = deploy(api, "1", Map.of("platform", "netlify"));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.json().get("type").asString()).endsWith("/nothing-to-deploy");
        assertThat(count("deployments")).isEqualTo(before);
    }

    @Test
    void countsDeploymentsByPlatformAndStatusAndAuditsThem() {
        double readyBefore = api.metric("vectort_deployments_total", "platform=\"vercel\",status=\"ready\"");
        String project = projectWith("test-chunky", "Counted");
        String id = deployed(project, Map.of("platform", "vercel", "token", FakeVercel.HOST.token(Outcome.READY)));
        awaitFinished(project, id);
        assertThat(api.metric("vectort_deployments_total", "platform=\"vercel\",status=\"ready\""))
                .isEqualTo(readyBefore + 1);
        List<String> actions = jdbc.sql(
                        "select action from audit_log where details ->> 'deploymentId' = :id order by id")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("deployment.started", "deployment.succeeded");
    }

    private String projectWith(String model, String description) {
        return generations.projectWith(user, model, description);
    }

    private void restore(String project, int version) {
        assertThat(api.post("/api/v1/projects/" + project + "/versions/" + version + "/restore", user.token(), null)
                        .status())
                .isEqualTo(201);
    }

    private Api.Response deploy(String project, String version, Map<String, ?> body) {
        return api.post("/api/v1/projects/" + project + "/versions/" + version + "/deployments", user.token(), body);
    }

    private String deployed(String project, Map<String, ?> body) {
        return deployedVersion(project, "1", body);
    }

    private String deployedVersion(String project, String version, Map<String, ?> body) {
        Api.Response response = deploy(project, version, body);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asString();
    }

    private JsonNode awaitFinished(String project, String id) {
        return awaitStatus(project, id, "ready", "failed");
    }

    private JsonNode awaitStatus(String project, String id, String... statuses) {
        return awaitStatus(project, id, Duration.ofSeconds(30), statuses);
    }

    private JsonNode awaitStatus(String project, String id, Duration timeout, String... statuses) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode detail;
        do {
            detail = api.get("/api/v1/projects/" + project + "/deployments/" + id, user.token())
                    .json();
            if (List.of(statuses).contains(detail.get("status").asString())) {
                return detail;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("deployment " + id + " did not reach " + List.of(statuses) + ": " + detail);
    }

    private void awaitGeneration(UUID org, String generation) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            String status = api.send("GET", "/api/v1/generations/" + generation, user.token(), null, header(org))
                    .json()
                    .get("status")
                    .asString();
            if (status.equals("succeeded")) {
                return;
            }
            pause();
        }
        throw new AssertionError("generation " + generation + " did not finish");
    }

    private static String[] header(UUID org) {
        return new String[] {"Vectort-Organization", org.toString()};
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
