package io.vectort.identity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TestDirs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Your data": the export of everything about a user, built by a job, fetched through a signed link. */
class DataExportIT extends IntegrationTest {

    private static final Path BLOBS = TestDirs.BLOBS;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataExportTokens tokens;

    @Autowired
    ExpiredDataExports purge;

    @Test
    void exportsEverythingAboutTheUserIntoOneZipDownloadableWithoutABearerToken() throws IOException {
        Api.Session user = api.newUser();
        Generations generations = new Generations(api);
        String project = generations.createProject(user, "Chores list");
        succeed(generations, user, project, Generations.request("First", "test-chunky"));
        succeed(generations, user, project, Generations.request("Second", "test-patch"));
        assertThat(api.get("/api/v1/billing/balance", user.token()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/assistant/tasks", user.token(), Map.of("title", "Water the plants"))
                        .status())
                .isEqualTo(201);
        String teamGeneration = generationInATeam(user, "Team prompt about invoices");

        Api.Response started = api.post("/api/v1/me/export", user.token(), null);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode accepted = started.json();
        String id = accepted.get("id").asString();
        assertThat(accepted.get("status").asString()).isEqualTo("queued");
        assertThat(accepted.get("progress").asDouble()).isZero();
        assertThat(accepted.has("createdAt")).isTrue();
        assertThat(accepted.has("downloadUrl")).isFalse();
        assertThat(started.header("Location")).hasValue("/api/v1/me/export/" + id);

        JsonNode ready = awaitReady(user, id);
        assertThat(ready.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(Instant.parse(ready.get("expiresAt").asString()))
                .isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(2, ChronoUnit.MINUTES));
        String url = ready.get("downloadUrl").asString();
        assertThat(url).startsWith("/api/v1/me/export/" + id + "/download?token=");
        assertThat(BLOBS.resolve("exports/users/" + user.userId() + "/" + id + ".zip"))
                .isRegularFile();

        Api.Response download = api.get(url, null);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).hasValue("application/zip");
        assertThat(download.header("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("attachment").contains("vectort-data-"));
        Map<String, byte[]> files = unzip(download.bytes());
        String folder = "projects/chores-list-" + project + "/";
        assertThat(files)
                .containsKeys(
                        "export.json",
                        "account.json",
                        "memberships.json",
                        "api-keys.json",
                        "audit.json",
                        "sign-in/sessions.json",
                        "sign-in/linked-accounts.json",
                        "sign-in/two-factor.json",
                        folder + "project.json",
                        folder + "generations.json",
                        folder + "v1.zip",
                        folder + "v2.zip",
                        "team-generations.json",
                        "billing/account.json",
                        "billing/ledger.json",
                        "billing/purchases.json",
                        "assistant/settings.json",
                        "assistant/tasks.json",
                        "assistant/reminders.json",
                        "assistant/notifications.json",
                        "assistant/memories.json",
                        "assistant/conversations.json",
                        "assistant/check-ins.json",
                        "assistant/emails.json");

        JsonNode account = json(files, "account.json");
        assertThat(account.get("id").asString()).isEqualTo(user.userId().toString());
        assertThat(account.get("email").asString()).isEqualTo(user.email());
        assertThat(account.has("createdAt")).isTrue();
        assertThat(account.has("platformAdmin")).isTrue();
        JsonNode memberships = json(files, "memberships.json");
        assertThat(memberships.size()).isEqualTo(2);
        assertThat(memberships.get(0).get("personal").asBoolean()).isTrue();
        assertThat(memberships.get(0).get("role").asString()).isEqualTo("owner");
        assertThat(json(files, "audit.json").findValuesAsString("action")).contains("data.exported");
        JsonNode sessions = json(files, "sign-in/sessions.json");
        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.get(0).get("method").asString()).isEqualTo("password");
        assertThat(sessions.get(0).get("clientAddress").asString()).isEqualTo(api.clientAddress());
        assertThat(json(files, "sign-in/linked-accounts.json").size()).isZero();
        JsonNode twoFactor = json(files, "sign-in/two-factor.json");
        assertThat(twoFactor.get("recoveryCodesLeft").asInt()).isZero();
        assertThat(twoFactor.get("authenticatorEnabledAt").isNull()).isTrue();
        assertThat(new String(files.get("sign-in/two-factor.json"), StandardCharsets.UTF_8))
                .doesNotContain("secret");

        JsonNode projectJson = json(files, folder + "project.json");
        assertThat(projectJson.get("name").asString()).isEqualTo("Chores list");
        assertThat(projectJson.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(projectJson.get("versions").size()).isEqualTo(2);
        JsonNode generationRows = json(files, folder + "generations.json");
        assertThat(generationRows.findValuesAsString("description")).containsExactly("First", "Second");
        // How the framework and type were decided, and the history summary, are the person's data too.
        assertThat(generationRows.get(0).has("frameworkSource")).isTrue();
        assertThat(generationRows.get(0).has("appTypeEvidence")).isTrue();
        assertThat(generationRows.get(0).has("historyDigest")).isTrue();
        // A version's ZIP is the version's files, as the project export makes them.
        Map<String, byte[]> v2 = unzip(files.get(folder + "v2.zip"));
        JsonNode listed = api.get("/api/v1/projects/" + project + "/versions/2/files/", user.token())
                .json()
                .get("files");
        assertThat(v2).hasSize(listed.size());
        for (JsonNode file : listed) {
            String path = file.get("path").asString();
            Api.Response content = api.get("/api/v1/projects/" + project + "/versions/2/files/" + path, user.token());
            assertThat(v2.get("chores-list-v2/" + path)).as(path).isEqualTo(content.bytes());
        }
        assertThat(unzip(files.get(folder + "v1.zip")).keySet()).allMatch(name -> name.startsWith("chores-list-v1/"));

        JsonNode team = json(files, "team-generations.json");
        assertThat(team.size()).isEqualTo(1);
        assertThat(team.get(0).get("id").asString()).isEqualTo(teamGeneration);
        assertThat(team.get(0).get("description").asString()).isEqualTo("Team prompt about invoices");
        assertThat(files.keySet()).noneMatch(name -> name.contains("team-project"));

        JsonNode ledger = json(files, "billing/ledger.json");
        assertThat(ledger.size()).isPositive();
        assertThat(ledger.get(0).get("kind").asString()).isEqualTo("grant");
        assertThat(json(files, "assistant/tasks.json").get(0).get("title").asString())
                .isEqualTo("Water the plants");
        assertThat(json(files, "export.json").get("parts").size()).isEqualTo(5);
    }

    @Test
    void aTamperedForgedOrExpiredTokenOpensNothing() {
        Api.Session user = api.newUser();
        String id = api.post("/api/v1/me/export", user.token(), null)
                .json()
                .get("id")
                .asString();
        String url = awaitReady(user, id).get("downloadUrl").asString();
        String token = url.substring(url.indexOf("token=") + "token=".length());
        String path = "/api/v1/me/export/" + id + "/download?token=";

        int dot = token.indexOf('.');
        char flipped = token.charAt(dot + 1) == 'A' ? 'B' : 'A';
        String otherSignature = token.substring(0, dot + 1) + flipped + token.substring(dot + 2);
        Instant expires = Instant.now().plusSeconds(3600);
        String[] refused = {
            path + otherSignature,
            path + "x" + token,
            path,
            "/api/v1/me/export/" + id + "/download",
            path
                    + tokens.issue(
                            UUID.fromString(id), user.userId(), Instant.now().minusSeconds(1)),
            // A valid signature for another export, or for this export but another user.
            path + tokens.issue(UUID.randomUUID(), user.userId(), expires),
            "/api/v1/me/export/" + UUID.randomUUID() + "/download?token=" + token,
            path + tokens.issue(UUID.fromString(id), UUID.randomUUID(), expires)
        };
        for (String attempt : refused) {
            Api.Response response = api.get(attempt, null);
            assertThat(response.status()).as(attempt).isEqualTo(404);
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(api.get(url, null).status()).isEqualTo(200);
    }

    @Test
    void anotherUsersExportIsNotFound() {
        Api.Session owner = api.newUser();
        Api.Session other = api.newUser();
        String id = api.post("/api/v1/me/export", owner.token(), null)
                .json()
                .get("id")
                .asString();

        Api.Response foreign = api.get("/api/v1/me/export/" + id, other.token());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).hasValue("application/problem+json");
        assertThat(api.get("/api/v1/me/export/" + UUID.randomUUID(), owner.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/me/export/" + id, null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/me/export", null, null).status()).isEqualTo(401);
    }

    @Test
    void anExpiredExportIsDeletedAndSaysSo() {
        Api.Session user = api.newUser();
        String id = api.post("/api/v1/me/export", user.token(), null)
                .json()
                .get("id")
                .asString();
        String url = awaitReady(user, id).get("downloadUrl").asString();
        Path blob = BLOBS.resolve("exports/users/" + user.userId() + "/" + id + ".zip");
        assertThat(blob).isRegularFile();
        jdbc.sql("update data_exports set expires_at = now() - interval '1 second' where id = :id")
                .param("id", UUID.fromString(id))
                .update();

        JsonNode beforePurge = api.get("/api/v1/me/export/" + id, user.token()).json();
        assertThat(beforePurge.get("status").asString()).isEqualTo("expired");
        assertThat(beforePurge.has("downloadUrl")).isFalse();
        assertThat(api.get(url, null).status()).isEqualTo(404);

        purge.run();

        assertThat(blob).doesNotExist();
        assertThat(jdbc.sql("select status from data_exports where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("expired");
    }

    @Test
    void startingExportsIsRateLimitedAndAudited() {
        Api.Session user = api.newUser();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/me/export", user.token(), null).status())
                    .isEqualTo(202);
        }

        Api.Response fourth = api.post("/api/v1/me/export", user.token(), null);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isPresent();
        assertThat(jdbc.sql("select count(*) from data_exports where user_id = :u")
                        .param("u", user.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_log where org_id = :u and action = 'data.exported'"
                                + " and actor_id = :u")
                        .param("u", user.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    /** A team organisation with a project and one generation the user asked for there. */
    private String generationInATeam(Api.Session user, String description) {
        String org = api.post("/api/v1/orgs", user.token(), Map.of("name", "Team " + UUID.randomUUID()))
                .json()
                .get("id")
                .asString();
        String project = api.send(
                        "POST",
                        "/api/v1/projects",
                        user.token(),
                        Map.of("name", "Team project"),
                        "Vectort-Organization",
                        org)
                .json()
                .get("id")
                .asString();
        Api.Response submitted = api.send(
                "POST",
                "/api/v1/projects/" + project + "/generate",
                user.token(),
                Generations.request(description, "test-chunky"),
                "Vectort-Organization",
                org);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        return submitted.json().get("id").asString();
    }

    private static void succeed(Generations generations, Api.Session user, String project, Map<String, ?> request) {
        String id = generations.submit(user, project, request).get("id").asString();
        assertThat(generations.awaitFinished(user, id).get("status").asString()).isEqualTo("succeeded");
    }

    private JsonNode awaitReady(Api.Session user, String id) {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode export;
        do {
            export = api.get("/api/v1/me/export/" + id, user.token()).json();
            if (!export.get("status").asString().equals("queued")
                    && !export.get("status").asString().equals("running")) {
                assertThat(export.get("status").asString())
                        .as(export.toString())
                        .isEqualTo("ready");
                return export;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("export " + id + " is not ready after 60 s: " + export);
    }

    private static JsonNode json(Map<String, byte[]> files, String name) {
        return JSON.readTree(new String(files.get(name), StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
