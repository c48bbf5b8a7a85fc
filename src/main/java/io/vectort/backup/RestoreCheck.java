package io.vectort.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Proves a backup restores: loads it into a scratch database created on the same server (and
 * dropped afterwards), counts every table's rows there and compares them with the manifest, and
 * reads every blob against its hash. Needs the right to create databases.
 */
final class RestoreCheck {

    /** A table whose restored row count differs from the manifest's. */
    record Mismatch(String table, long expected, long found) {}

    record Result(String name, Manifest manifest, List<Mismatch> mismatches) {

        boolean passed() {
            return mismatches.isEmpty();
        }
    }

    private RestoreCheck() {}

    /**
     * @param server a connection to the installation's database, used to create and drop the scratch one
     * @param scratch a data source for another database of that server, by name
     */
    static Result run(
            BackupTarget target,
            String name,
            Optional<BackupKey> key,
            DataSource server,
            Function<String, DataSource> scratch) {
        String database = "vectort_restore_check_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        Path work = Backups.workDirectory();
        try (BackupArchive.Opened backup = BackupArchive.open(target.download(name, work), key, work)) {
            BlobCopies.verify(backup.zip(), backup.manifest());
            execute(server, "create database " + database);
            try {
                DataSource restored = scratch.apply(database);
                DatabaseLoad.load(restored, database, backup.zip(), backup.manifest());
                return new Result(name, backup.manifest(), compare(restored, backup.manifest()));
            } finally {
                execute(server, "drop database if exists " + database + " with (force)");
            }
        } catch (SQLException e) {
            throw new BackupException(
                    "The restore check could not use a scratch database (it needs the right to" + " create databases): "
                            + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + name + ": " + e.getMessage(), e);
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    private static List<Mismatch> compare(DataSource restored, Manifest manifest) throws SQLException {
        List<Mismatch> mismatches = new ArrayList<>();
        try (Connection connection = restored.getConnection();
                Statement statement = connection.createStatement()) {
            for (Manifest.Table table : manifest.tables()) {
                try (ResultSet result =
                        statement.executeQuery("select count(*) from public." + DatabaseDump.quote(table.name()))) {
                    result.next();
                    long found = result.getLong(1);
                    if (found != table.rows()) {
                        mismatches.add(new Mismatch(table.name(), table.rows(), found));
                    }
                }
            }
        }
        return mismatches;
    }

    private static void execute(DataSource server, String sql) throws SQLException {
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
