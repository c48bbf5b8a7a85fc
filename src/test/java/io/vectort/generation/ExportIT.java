package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TestDirs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ZIP export into the blob store (the filesystem store under target/test-blobs-<fork> in tests). */
class ExportIT extends IntegrationTest {

    private static final Path BLOBS = TestDirs.BLOBS;

    @org.springframework.beans.factory.annotation.Autowired
    private java.util.List<io.vectort.jobs.RecurringJob> recurringJobs;

    private io.vectort.jobs.RecurringJob retryJob;

    @org.junit.jupiter.api.BeforeEach
    void findRetryJob() {
        retryJob = recurringJobs.stream()
                .filter(job -> job.name().equals("blob-deletions"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void exportsTheNewestVersionUnderTheLayoutAndServesItThroughASignedLink() throws Exception {
        Api.Session user = api.newUser();
        String project = projectWithOneVersion(user, "Chores list");

        Api.Response exported = api.post("/api/v1/projects/" + project + "/export/zip", user.token(), null);

        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        JsonNode body = exported.json();
        assertThat(body.get("version").asInt()).isEqualTo(1);
        Path versions = BLOBS.resolve("users/" + user.userId() + "/projects/" + project + "/versions");
        assertThat(versions.resolve("v1.zip")).isRegularFile();
        assertThat(versions.resolve("latest.zip")).isRegularFile();
        assertThat(body.get("size_bytes").asLong()).isEqualTo(Files.size(versions.resolve("v1.zip")));
        assertThat(Instant.parse(body.get("expires_at").asString()))
                .isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(1, ChronoUnit.MINUTES));

        HttpResponse<byte[]> download =
                fetch(URI.create(body.get("download_url").asString()));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("attachment").contains("chores-list-v1.zip"));
        Set<String> entries = entries(download.body());
        JsonNode files = api.get("/api/v1/projects/" + project + "/versions/1/files/", user.token())
                .json()
                .get("files");
        assertThat(files.size()).isPositive();
        for (JsonNode file : files) {
            assertThat(entries).contains("chores-list-v1/" + file.get("path").asString());
        }
        assertThat(entries).hasSize(files.size());

        // The streaming archive endpoint keeps working alongside.
        Api.Response archive = api.get("/api/v1/projects/" + project + "/versions/1/archive.zip", user.token());
        assertThat(archive.status()).isEqualTo(200);
        assertThat(entries(archive.bytes())).isEqualTo(entries);
    }

    @Test
    void aSecondExportReusesTheStoredArchive() throws Exception {
        Api.Session user = api.newUser();
        String project = projectWithOneVersion(user, "Reuse");
        api.post("/api/v1/projects/" + project + "/export/zip", user.token(), Map.of("version", 1));
        Path v1 = BLOBS.resolve("users/" + user.userId() + "/projects/" + project + "/versions/v1.zip");
        FileTime past = FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS));
        Files.setLastModifiedTime(v1, past);
        byte[] first = Files.readAllBytes(v1);

        Api.Response again =
                api.post("/api/v1/projects/" + project + "/export/zip", user.token(), Map.of("version", 1));

        assertThat(again.status()).isEqualTo(200);
        assertThat(Files.getLastModifiedTime(v1)).isEqualTo(past);
        assertThat(Files.readAllBytes(v1)).isEqualTo(first);
        assertThat(again.json().get("size_bytes").asLong()).isEqualTo(first.length);
    }

    @Test
    void anotherUsersProjectAndBadTokensAreNotFound() throws Exception {
        Api.Session owner = api.newUser();
        Api.Session other = api.newUser();
        String project = projectWithOneVersion(owner, "Private");

        Api.Response foreign = api.post("/api/v1/projects/" + project + "/export/zip", other.token(), null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.post("/api/v1/projects/" + project + "/export/zip", owner.token(), Map.of("version", 9))
                        .status())
                .isEqualTo(404);

        String url = api.post("/api/v1/projects/" + project + "/export/zip", owner.token(), null)
                .json()
                .get("download_url")
                .asString();
        assertThat(fetch(URI.create(url.replace("token=", "token=x"))).statusCode())
                .isEqualTo(404);
        assertThat(fetch(URI.create(url.replace("/exports/v1.zip", "/exports/v2.zip")))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/projects/" + project + "/export/zip", null, null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void deletingTheProjectDeletesItsBlobs() throws Exception {
        Api.Session user = api.newUser();
        String project = projectWithOneVersion(user, "Short lived");
        String url = api.post("/api/v1/projects/" + project + "/export/zip", user.token(), null)
                .json()
                .get("download_url")
                .asString();
        Path projectDir = BLOBS.resolve("users/" + user.userId() + "/projects/" + project);
        assertThat(projectDir).isDirectory();

        assertThat(api.delete("/api/v1/projects/" + project, user.token()).status())
                .isEqualTo(204);

        assertThat(projectDir).doesNotExist();
        assertThat(BLOBS.resolve("users/" + user.userId() + "/projects")).isDirectory();
        assertThat(jdbc.sql("select count(*) from blob_deletions where prefix like :p")
                        .param("p", "users/" + user.userId() + "/%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(fetch(URI.create(url)).statusCode()).isEqualTo(404);
    }

    @Test
    void aFailedBlobDeletionIsRetriedByTheRecurringJob() throws Exception {
        String prefix = "users/" + java.util.UUID.randomUUID() + "/projects/" + java.util.UUID.randomUUID() + "/";
        Path left = BLOBS.resolve(prefix + "versions/v1.zip");
        Files.createDirectories(left.getParent());
        Files.write(left, new byte[] {1});
        jdbc.sql("insert into blob_deletions (prefix, attempts, next_attempt_at) values (:p, 1, now())")
                .param("p", prefix)
                .update();

        retryJob.run();

        assertThat(BLOBS.resolve(prefix)).doesNotExist();
        assertThat(jdbc.sql("select count(*) from blob_deletions where prefix = :p")
                        .param("p", prefix)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String projectWithOneVersion(Api.Session user, String name) {
        Generations generations = new Generations(api);
        String project = generations.createProject(user, name);
        String id = generations
                .submit(user, project, Generations.request("A simple todo app for my chores", "html", "todo"))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, id).get("status").asString()).isEqualTo("succeeded");
        return project;
    }

    /** Follows a download link; without VECTORT_PUBLIC_URL (as here) it is relative to this server. */
    private HttpResponse<byte[]> fetch(URI url) throws IOException, InterruptedException {
        URI absolute = URI.create("http://127.0.0.1:" + port + "/").resolve(url);
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(absolute).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static Set<String> entries(byte[] zip) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
