package io.vectort.backup;

import io.vectort.storage.BlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.util.FileSystemUtils;

/** Makes a backup, and restores one; {@link RestoreCheck} verifies one without touching data. */
final class Backups {

    /**
     * What is backed up and restored into.
     *
     * @param masterKeyFile the generated master key of the data directory, when the installation has
     *     one instead of {@code VECTORT_MASTER_KEY}
     */
    record Installation(DataSource database, String describedDatabase, BlobStore blobs, Optional<Path> masterKeyFile) {}

    record Created(String name, long bytes, Manifest manifest) {}

    private Backups() {}

    static Created create(Installation from, BackupTarget target, Optional<BackupKey> key, Clock clock) {
        Instant now = clock.instant();
        String name = BackupNames.of(now, key.isPresent());
        Path work = workDirectory();
        try {
            Path file = work.resolve(name);
            Manifest manifest;
            try (ZipOutputStream zip = BackupArchive.create(file, key);
                    Connection connection = from.database().getConnection()) {
                DatabaseDump.Result dump = DatabaseDump.write(connection, zip);
                List<Manifest.Blob> blobs = BlobCopies.write(from.blobs(), zip);
                boolean withKey = writeMasterKey(from.masterKeyFile(), zip);
                manifest = new Manifest(
                        Manifest.FORMAT,
                        now.toString(),
                        dump.schemaVersion(),
                        dump.tables(),
                        dump.sequences(),
                        blobs,
                        withKey);
                BackupArchive.writeManifest(zip, manifest);
            }
            long bytes = Files.size(file);
            target.upload(name, file);
            return new Created(name, bytes, manifest);
        } catch (SQLException e) {
            throw new BackupException(
                    "Cannot read the database " + from.describedDatabase() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup: " + e.getMessage(), e);
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    /** Restores backup {@code name} into an empty database and the blob store. */
    static Manifest restore(BackupTarget target, String name, Optional<BackupKey> key, Installation into) {
        Path work = workDirectory();
        try (BackupArchive.Opened backup = BackupArchive.open(target.download(name, work), key, work)) {
            // Blobs are checked before anything is written; the database load checks its own tables.
            BlobCopies.verify(backup.zip(), backup.manifest());
            DatabaseLoad.load(into.database(), into.describedDatabase(), backup.zip(), backup.manifest());
            BlobCopies.restore(backup.zip(), backup.manifest(), into.blobs());
            Optional<byte[]> masterKey = backup.masterKey();
            if (masterKey.isPresent() && into.masterKeyFile().isPresent()) {
                MasterKeyFile.restore(into.masterKeyFile().get(), masterKey.get(), Instant.now());
            }
            return backup.manifest();
        } catch (SQLException e) {
            throw new BackupException("Cannot restore into " + into.describedDatabase() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + name + ": " + e.getMessage(), e);
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    /** The newest backup on {@code target}. */
    static String newest(BackupTarget target) {
        return BackupNames.newestFirst(target.names()).stream()
                .findFirst()
                .orElseThrow(() -> new BackupException("No backup in " + target.describe()));
    }

    /** Deletes the backups {@code retention} does not keep; returns their names. */
    static List<String> prune(BackupTarget target, Retention retention) {
        List<String> doomed = retention.toDelete(target.names());
        doomed.forEach(target::delete);
        return doomed;
    }

    private static boolean writeMasterKey(Optional<Path> file, ZipOutputStream zip) throws IOException {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return false;
        }
        zip.putNextEntry(new ZipEntry(BackupArchive.MASTER_KEY_ENTRY));
        zip.write(Files.readAllBytes(file.get()));
        zip.closeEntry();
        return true;
    }

    static Path workDirectory() {
        try {
            return Files.createTempDirectory("vectort-backup-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a working directory for the backup", e);
        }
    }
}
