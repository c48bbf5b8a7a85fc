package io.vectort.backup;

import io.vectort.database.DatabaseProperties;
import io.vectort.database.StandaloneDatabase;
import io.vectort.storage.StorageProperties;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The three things the command line can do, each printing what it did. */
final class BackupCommands {

    private final PrintStream out;
    private final DatabaseProperties database;
    private final StorageProperties storage;
    private final BackupProperties backup;
    private final BackupTargets.Location where;
    private final Optional<BackupKey> key;

    BackupCommands(
            PrintStream out,
            DatabaseProperties database,
            StorageProperties storage,
            BackupProperties backup,
            BackupTargets.Location where,
            Optional<BackupKey> key) {
        this.out = out;
        this.database = database;
        this.storage = storage;
        this.backup = backup;
        this.where = where;
        this.key = key;
    }

    int backup(boolean prune) {
        try (StandaloneDatabase db = StandaloneDatabase.open(database, StandaloneDatabase.Access.SHARED)) {
            var installation = new Backups.Installation(
                    db.dataSource(), db.describe(), BackupCommand.blobs(storage), db.generatedMasterKey());
            Instant started = Instant.now();
            Backups.Created created = Backups.create(installation, where.target(), key, Clock.systemUTC());
            Instant finished = Instant.now();
            out.printf(
                    "Backed up %d rows in %d tables and %d blobs to %s/%s (%s, %d bytes) in %s%n",
                    created.manifest().tables().stream()
                            .mapToLong(Manifest.Table::rows)
                            .sum(),
                    created.manifest().tables().size(),
                    created.manifest().blobs().size(),
                    where.target().describe(),
                    created.name(),
                    key.isPresent() ? "encrypted" : "NOT encrypted",
                    created.bytes(),
                    Duration.between(started, finished));
            record(db, started, finished, created);
            if (prune) {
                List<String> deleted =
                        Backups.prune(where.target(), new Retention(backup.keepDaily(), backup.keepWeekly()));
                out.println("Retention deleted " + deleted.size() + " older backups"
                        + (deleted.isEmpty() ? "" : ": " + deleted));
            }
            if (!created.manifest().masterKeyIncluded()) {
                out.println(
                        "The master key is not in the backup (VECTORT_MASTER_KEY is set): keep it with the backup key.");
            }
            return BackupCommand.OK;
        }
    }

    int restore() {
        String name = where.name().orElseGet(() -> Backups.newest(where.target()));
        try (StandaloneDatabase db = StandaloneDatabase.open(database, StandaloneDatabase.Access.EXCLUSIVE)) {
            var installation = new Backups.Installation(
                    db.dataSource(), db.describe(), BackupCommand.blobs(storage), db.generatedMasterKey());
            Instant started = Instant.now();
            Manifest manifest = Backups.restore(where.target(), name, key, installation);
            out.printf(
                    "Restored %s (taken %s, schema %s): %d rows in %d tables, %d blobs, in %s. Start Vectort now;"
                            + " it migrates the schema to its own version.%n",
                    name,
                    manifest.createdAt(),
                    manifest.schemaVersion(),
                    manifest.tables().stream().mapToLong(Manifest.Table::rows).sum(),
                    manifest.tables().size(),
                    manifest.blobs().size(),
                    Duration.between(started, Instant.now()));
            if (manifest.masterKeyIncluded() && db.generatedMasterKey().isEmpty()) {
                out.println("This backup carries the generated master key of the installation that made it, but this"
                        + " one is configured with VECTORT_MASTER_KEY: the restored secrets open only with the"
                        + " backup's key (master.key inside the backup: gpg -d, then unzip master.key).");
            }
            if (!manifest.masterKeyIncluded()) {
                out.println("This backup does not carry the master key: start Vectort with the VECTORT_MASTER_KEY"
                        + " of the installation that made it.");
            }
            return BackupCommand.OK;
        }
    }

    int check() {
        String name = where.name().orElseGet(() -> Backups.newest(where.target()));
        try (StandaloneDatabase db = StandaloneDatabase.open(database, StandaloneDatabase.Access.SHARED)) {
            Instant started = Instant.now();
            RestoreCheck.Result result = RestoreCheck.run(where.target(), name, key, db.dataSource(), db::dataSource);
            if (!result.passed()) {
                out.println("Restore check FAILED for " + name + ": " + result.mismatches());
                return BackupCommand.CHECK_FAILED;
            }
            out.printf(
                    "Restore check passed for %s: %d tables and %d blobs match the manifest (%s)%n",
                    name,
                    result.manifest().tables().size(),
                    result.manifest().blobs().size(),
                    Duration.between(started, Instant.now()));
            return BackupCommand.OK;
        }
    }

    private void record(StandaloneDatabase db, Instant started, Instant finished, Backups.Created created) {
        try {
            new BackupRuns(db.dataSource())
                    .succeeded(started, finished, where.target().describe(), created.name(), created.bytes());
        } catch (SQLException e) {
            // The backup itself is fine; only the metric will not see it (an older schema, say).
            out.println("Note: could not record the backup in backup_runs: " + e.getMessage());
        }
    }
}
