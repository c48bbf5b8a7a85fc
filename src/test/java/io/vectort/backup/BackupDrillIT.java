package io.vectort.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import io.vectort.support.TestDatabase;
import io.vectort.support.TestDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The restore drill: data written through the API, an encrypted backup by the command line, the
 * database and blobs lost (a new empty database and an empty blob directory, as on a new machine),
 * a restore, and the data checked through the API of a node running on what was restored.
 */
class BackupDrillIT extends IntegrationTest {

    @TempDir
    Path temp;

    @Test
    void restoresWhatWasBackedUpOntoAFreshDatabaseAndBlobStore() throws Exception {
        Api.Session user = api.newUser();
        Generations generations = new Generations(api);
        String project = generations.createProject(user, "Weekly chores");
        String generation = generations
                .submit(user, project, Generations.request("A todo app for my weekly chores", "html", "todo"))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, generation).get("status").asString())
                .isEqualTo("succeeded");
        String versions = "/api/v1/projects/" + project + "/versions/1";
        String files = api.get(versions + "/files", user.token()).body();
        Api.Response exported = api.post("/api/v1/projects/" + project + "/export/zip", user.token(), null);
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        String download = exported.json().get("download_url").asString();
        byte[] archive = api.get(download, null).bytes();
        // A personal organisation has its user's id; the export is kept as a blob.
        Path archiveBlob = TestDirs.BLOBS.resolve(Path.of("users", user.userId().toString(), "projects", project));
        assertThat(archiveBlob.resolve("versions/v1.zip")).hasBinaryContent(archive);

        Path backups = temp.resolve("backups");
        BackupCli.Run backup = BackupCli.run(BackupCli.args(
                "backup",
                BackupCli.installation(databaseUrl),
                "--vectort.backup.key=" + BackupCli.KEY,
                backups.toString()));
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up", "encrypted");
        List<Path> written = Files.list(backups).toList();
        assertThat(written)
                .singleElement()
                .satisfies(file ->
                        assertThat(file.getFileName().toString()).matches("vectort-backup-\\d{8}T\\d{6}Z\\.zip\\.gpg"));
        assertThat(new String(Files.readAllBytes(written.getFirst()), StandardCharsets.ISO_8859_1))
                .as("the backup is encrypted")
                .doesNotContain(user.email());

        // The disaster: nothing left but the backup and its key.
        String freshDatabase = TestDatabase.createDatabase();
        Path freshBlobs = temp.resolve("blobs");
        BackupCli.Run restore = BackupCli.run(BackupCli.args(
                "restore",
                BackupCli.installation(freshDatabase, freshBlobs.toString()),
                "--vectort.backup.key=" + BackupCli.KEY,
                backups.toString()));
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored vectort-backup-");

        Path restoredBlobs = freshBlobs
                .resolve("users")
                .resolve(user.userId().toString())
                .resolve("projects")
                .resolve(project);
        try (var originals = Files.walk(archiveBlob)) {
            for (Path original : originals.filter(Files::isRegularFile).toList()) {
                Path restored =
                        restoredBlobs.resolve(archiveBlob.relativize(original).toString());
                assertThat(restored).hasSameBinaryContentAs(original);
            }
        }

        try (ConfigurableApplicationContext node = SecondNode.start(
                Map.of("vectort.database.url", freshDatabase, "vectort.storage.dir", freshBlobs.toString()))) {
            Api restored = new Api(SecondNode.port(node));
            // The token signed before the disaster still holds: the signing key came back, and the
            // master key that seals it still opens it.
            assertThat(restored.get("/api/v1/auth/me", user.token())
                            .json()
                            .get("email")
                            .asString())
                    .isEqualTo(user.email());
            Api.Response signIn = restored.post(
                    "/api/v1/auth/login", null, Map.of("email", user.email(), "password", user.password()));
            assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
            String token = signIn.json().get("accessToken").asString();
            assertThat(restored.get(versions + "/files", token).body()).isEqualTo(files);
            // The download link made before the disaster is served from the restored blob store.
            Api.Response again = restored.get(download, null);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.bytes()).isEqualTo(archive);
        }
    }
}
