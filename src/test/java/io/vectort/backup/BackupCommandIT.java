package io.vectort.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.database.DatabaseProperties;
import io.vectort.storage.BlobStore;
import io.vectort.storage.S3MockServer;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TestDatabase;
import io.vectort.support.TestDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The command line's refusals, its restore check, an S3 target, retention and the metric. */
class BackupCommandIT extends IntegrationTest {

    private static final String WITH_KEY = "--vectort.backup.key=" + BackupCli.KEY;

    @TempDir
    Path temp;

    @Autowired
    DataSource dataSource;

    @Autowired
    BlobStore blobs;

    @Autowired
    DatabaseProperties databaseProperties;

    @BeforeAll
    static void credentials() {
        // S3Mock accepts any credentials; the SDK's default chain reads these system properties.
        System.setProperty("aws.accessKeyId", "test-access-key");
        System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    @Test
    void refusesToWriteABackupWithoutAKey() {
        BackupCli.Run run =
                BackupCli.run(BackupCli.args("backup", BackupCli.installation(databaseUrl), temp.toString()));

        assertThat(run.code()).isEqualTo(BackupCommand.USAGE);
        assertThat(run.err())
                .contains("Refusing to write an unencrypted backup", "VECTORT_BACKUP_KEY", "--unencrypted");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aWrongKeyOrAModifiedFileIsRefusedBeforeAnythingIsRestored() throws Exception {
        Path file = backUp(temp);
        String fresh = TestDatabase.createDatabase();

        BackupCli.Run wrongKey = BackupCli.run(BackupCli.args(
                "restore",
                freshInstallation(fresh),
                "--vectort.backup.key=someone else's passphrase",
                file.toString()));
        assertThat(wrongKey.code()).isEqualTo(BackupCommand.FAILED);
        assertThat(wrongKey.err()).contains("cannot be decrypted with this backup key: the key is wrong");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 100] ^= 0x20;
        Files.write(file, bytes);
        BackupCli.Run tampered =
                BackupCli.run(BackupCli.args("restore", freshInstallation(fresh), WITH_KEY, file.toString()));
        assertThat(tampered.code()).isEqualTo(BackupCommand.FAILED);
        assertThat(tampered.err()).contains("is damaged or was modified", "nothing was restored");

        assertThat(tablesIn(fresh)).as("the database was left untouched").isZero();
    }

    @Test
    void refusesToRestoreOverADatabaseThatHasData() throws Exception {
        Path file = backUp(temp);

        BackupCli.Run run = BackupCli.run(
                BackupCli.args("restore", BackupCli.installation(databaseUrl), WITH_KEY, file.toString()));

        assertThat(run.code()).isEqualTo(BackupCommand.FAILED);
        assertThat(run.err()).contains("is not empty", "stop Vectort");
    }

    @Test
    void theRestoreCheckRestoresIntoAScratchDatabaseAndDropsIt() throws Exception {
        backUp(temp);

        BackupCli.Run check = BackupCli.run(
                BackupCli.args("backup", BackupCli.installation(databaseUrl), WITH_KEY, "--check", temp.toString()));

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("Restore check passed for vectort-backup-");
        assertThat(jdbc.sql("select count(*) from pg_database where datname like 'vectort_restore_check_%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void backsUpToS3PrunesOldBackupsAndRestoresFromThere() throws Exception {
        api.newUser();
        String target = "s3://" + S3MockServer.BUCKET + "/backups-" + UUID.randomUUID();
        String endpoint = "--vectort.backup.s3-endpoint=" + S3MockServer.endpoint();
        // An old backup that one day's retention no longer keeps.
        BackupCli.Run old = BackupCli.run(
                BackupCli.args("backup", BackupCli.installation(databaseUrl), WITH_KEY, endpoint, target));
        assertThat(old.code()).as(old.err()).isZero();
        S3Target s3 = (S3Target)
                BackupTargets.parse(target, properties(endpoint), storage()).target();
        String oldName = s3.names().getFirst();
        Path renamed = Backups.workDirectory().resolve("old");
        String ancient = BackupNames.of(Instant.parse("2020-01-01T00:00:00Z"), true);
        s3.upload(ancient, s3.download(oldName, renamed.getParent()));
        s3.delete(oldName);

        BackupCli.Run backup = BackupCli.run(BackupCli.args(
                "backup",
                BackupCli.installation(databaseUrl),
                WITH_KEY,
                endpoint,
                "--vectort.backup.keep-daily=1",
                "--vectort.backup.keep-weekly=0",
                "--prune",
                target));
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Retention deleted 1 older backups");
        assertThat(s3.names()).singleElement().isNotEqualTo(ancient);

        String fresh = TestDatabase.createDatabase();
        BackupCli.Run restore =
                BackupCli.run(BackupCli.args("restore", freshInstallation(fresh), WITH_KEY, endpoint, target));
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(usersIn(fresh)).isEqualTo(count("users")).isPositive();
    }

    @Test
    void theLastSuccessfulBackupIsAMetric() throws Exception {
        Instant before = Instant.now();
        backUp(temp);

        double last = api.metric("vectort_backup_last_success_timestamp_seconds", "");
        assertThat(last)
                .isBetween(
                        (double) before.getEpochSecond() - 1,
                        (double) Instant.now().getEpochSecond() + 1);
    }

    @Test
    void theScheduledBackupWritesRecordsAndKeepsOnlyWhatTheRetentionKeeps() throws Exception {
        Path target = temp.resolve("scheduled");
        Files.createDirectories(target);
        String ancient = BackupNames.of(Instant.parse("2020-01-06T03:00:00Z"), true);
        Files.writeString(target.resolve(ancient), "an old backup");
        var properties =
                new BackupProperties(target.toString(), BackupCli.KEY, "", Duration.ofHours(24), 1, 0, false, "", "");
        var job = new ScheduledBackup(dataSource, blobs, properties, storage(), databaseProperties);
        long runsBefore = count("backup_runs");

        job.run();

        assertThat(Files.list(target).map(file -> file.getFileName().toString()).toList())
                .singleElement()
                .satisfies(name -> assertThat(name).endsWith(".zip.gpg").isNotEqualTo(ancient));
        assertThat(count("backup_runs")).isEqualTo(runsBefore + 1);
        assertThat(jdbc.sql("select succeeded from backup_runs order by id desc limit 1")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(job.interval()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void scheduledBackupsNeedAKey() {
        var properties = new BackupProperties(temp.toString(), "", "", Duration.ofHours(24), 7, 4, false, "", "");

        assertThatThrownBy(() -> new ScheduledBackup(dataSource, blobs, properties, storage(), databaseProperties))
                .hasMessageContaining("VECTORT_BACKUP_TARGET is set but there is no backup key");
    }

    /** The default installation: no server configured, the bundled PostgreSQL in the data directory. */
    @Test
    void restoresIntoTheBundledDatabaseAndBacksItUpAgain() throws Exception {
        api.newUser();
        Path file = backUp(temp.resolve("from-server"));
        Path dataDir = temp.resolve("data");
        List<String> bundled = List.of(
                "--vectort.database.data-dir=" + dataDir,
                "--vectort.storage.dir=" + dataDir.resolve("blobs"),
                WITH_KEY);

        BackupCli.Run restore = BackupCli.run(BackupCli.args("restore", bundled, file.toString()));
        assertThat(restore.code()).as(restore.err()).isZero();
        Manifest original = manifestOf(file);
        // The restore stopped the bundled server again: the next command starts it on the restored data.
        BackupCli.Run again = BackupCli.run(
                BackupCli.args("backup", bundled, temp.resolve("from-bundled").toString()));
        assertThat(again.code()).as(again.err()).isZero();
        Path second = Files.list(temp.resolve("from-bundled")).findFirst().orElseThrow();
        assertThat(manifestOf(second).tables())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(original.tables());
    }

    @Test
    void aGeneratedMasterKeyTravelsWithTheBackup() throws Exception {
        Path source = temp.resolve("source-data");
        Files.createDirectories(source);
        Files.writeString(source.resolve("master.key"), "R2VuZXJhdGVkIG1hc3RlciBrZXkgb2YgMzIgYnl0ZXM=");
        Path file = backUp(
                temp.resolve("with-key"),
                List.of(
                        "--vectort.database.url=" + databaseUrl,
                        "--vectort.database.user=postgres",
                        "--vectort.database.data-dir=" + source,
                        "--vectort.storage.dir=" + TestDirs.BLOBS));
        assertThat(manifestOf(file).masterKeyIncluded()).isTrue();

        Path target = temp.resolve("target-data");
        BackupCli.Run restore = BackupCli.run(BackupCli.args(
                "restore",
                List.of(
                        "--vectort.database.url=" + TestDatabase.createDatabase(),
                        "--vectort.database.user=postgres",
                        "--vectort.database.data-dir=" + target,
                        "--vectort.storage.dir=" + target.resolve("blobs")),
                WITH_KEY,
                file.toString()));

        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(target.resolve("master.key")).hasSameTextualContentAs(source.resolve("master.key"));
    }

    private static Manifest manifestOf(Path file) throws Exception {
        Path work = Backups.workDirectory();
        try (var opened = BackupArchive.open(file, java.util.Optional.of(BackupKey.of(BackupCli.KEY)), work)) {
            return opened.manifest();
        }
    }

    private Path backUp(Path directory) throws Exception {
        return backUp(directory, BackupCli.installation(databaseUrl));
    }

    private Path backUp(Path directory, List<String> installation) throws Exception {
        Files.createDirectories(directory);
        BackupCli.Run run = BackupCli.run(BackupCli.args("backup", installation, WITH_KEY, directory.toString()));
        assertThat(run.code()).as(run.err()).isZero();
        return BackupNames.newestFirst(Files.list(directory)
                        .map(p -> p.getFileName().toString())
                        .toList())
                .stream()
                .findFirst()
                .map(directory::resolve)
                .orElseThrow();
    }

    private List<String> freshInstallation(String database) {
        return BackupCli.installation(database, temp.resolve("restored-blobs").toString());
    }

    private static long tablesIn(String url) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                var result = connection
                        .createStatement()
                        .executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long usersIn(String url) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                var result = connection.createStatement().executeQuery("select count(*) from users")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static BackupProperties properties(String endpointArg) {
        return new BackupProperties(
                "",
                "",
                "",
                java.time.Duration.ofHours(24),
                7,
                4,
                false,
                endpointArg.substring(endpointArg.indexOf('=') + 1),
                "us-east-1");
    }

    private static io.vectort.storage.StorageProperties storage() {
        return new io.vectort.storage.StorageProperties(
                TestDirs.BLOBS,
                new io.vectort.storage.StorageProperties.S3(
                        "", "", "us-east-1", java.time.Duration.ofHours(1), false, false));
    }
}
