package io.vectort.backup;

import io.vectort.database.DatabaseProperties;
import io.vectort.jobs.RecurringJob;
import io.vectort.storage.BlobStore;
import io.vectort.storage.StorageProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Backs up to {@code VECTORT_BACKUP_TARGET} every {@code vectort.backup.interval} on one node of
 * the cluster, then deletes what the retention does not keep. Every attempt is recorded in {@code
 * backup_runs}, which the last-success metric reads.
 */
@Component
@ConditionalOnExpression("'${vectort.backup.target:}' != ''")
class ScheduledBackup implements RecurringJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);
    private static final Duration RUN_HISTORY = Duration.ofDays(90);

    private final DataSource database;
    private final BlobStore blobs;
    private final BackupProperties properties;
    private final BackupTargets.Location where;
    private final Optional<BackupKey> key;
    private final Optional<java.nio.file.Path> masterKeyFile;
    private final BackupRuns runs;
    private final Clock clock;

    ScheduledBackup(
            DataSource database,
            BlobStore blobs,
            BackupProperties properties,
            StorageProperties storage,
            DatabaseProperties databaseProperties) {
        this.database = database;
        this.blobs = blobs;
        this.properties = properties;
        this.where = BackupTargets.parse(properties.target(), properties, storage);
        // Fails the start-up, as any invalid configuration does, rather than the first backup hours later.
        this.key = Optional.of(
                BackupKey.from(properties)
                        .orElseThrow(
                                () -> new IllegalStateException(
                                        "VECTORT_BACKUP_TARGET is set but there is no backup key:"
                                                + " set VECTORT_BACKUP_KEY or VECTORT_BACKUP_KEY_FILE (scheduled backups are always encrypted)")));
        this.masterKeyFile = databaseProperties.masterKey().isBlank()
                ? Optional.of(databaseProperties.dataDir().resolve("master.key"))
                : Optional.empty();
        this.runs = new BackupRuns(database);
        this.clock = Clock.systemUTC();
    }

    @Override
    public String name() {
        return "scheduled-backup";
    }

    @Override
    public Duration interval() {
        return properties.interval();
    }

    @Override
    public void run() throws Exception {
        Instant started = clock.instant();
        String target = where.target().describe();
        Backups.Created created;
        try {
            created = Backups.create(
                    new Backups.Installation(database, "Vectort's database", blobs, masterKeyFile),
                    where.target(),
                    key,
                    clock);
        } catch (RuntimeException e) {
            runs.failed(started, clock.instant(), target, String.valueOf(e.getMessage()));
            throw e;
        }
        runs.succeeded(started, clock.instant(), target, created.name(), created.bytes());
        log.info(
                "Backed up to {}/{} ({} bytes) in {}",
                target,
                created.name(),
                created.bytes(),
                Duration.between(started, clock.instant()));
        List<String> deleted =
                Backups.prune(where.target(), new Retention(properties.keepDaily(), properties.keepWeekly()));
        if (!deleted.isEmpty()) {
            log.info("Backup retention deleted {} from {}", deleted, target);
        }
        runs.forgetBefore(started.minus(RUN_HISTORY));
    }
}
