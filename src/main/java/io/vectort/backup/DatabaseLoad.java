package io.vectort.backup;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Loads a dump into an empty database: migrates it to the dump's schema version with this jar's
 * migrations, empties what the migrations seeded, then COPYs every table in, all in one
 * transaction, checking each table's hash and row count against the manifest.
 */
final class DatabaseLoad {

    private DatabaseLoad() {}

    static void load(DataSource target, String describedTarget, ZipFile zip, Manifest manifest)
            throws SQLException, IOException {
        try (Connection connection = target.getConnection()) {
            if (!DatabaseDump.tables(connection).isEmpty() || hasFlywayTable(connection)) {
                throw new BackupException("The database " + describedTarget + " is not empty. A restore needs an"
                        + " empty database: stop Vectort, then drop and recreate the database (or, with the"
                        + " bundled PostgreSQL, move <data dir>/postgres away) and run the restore again.");
            }
        }
        migrate(target, manifest.schemaVersion());
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            try {
                copyIn(connection, zip, manifest);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void migrate(DataSource target, String version) {
        Flyway flyway = Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version))
                .load();
        boolean known = java.util.Arrays.stream(flyway.info().all())
                .anyMatch(migration -> migration.getVersion() != null
                        && migration.getVersion().getVersion().equals(version));
        if (!known) {
            throw new BackupException("This backup's schema version " + version + " is newer than this Vectort"
                    + " knows: restore it with the Vectort version that made it, or a newer one");
        }
        flyway.migrate();
    }

    private static void copyIn(Connection connection, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        boolean replica = deferConstraints(connection);
        List<String> names =
                manifest.tables().stream().map(Manifest.Table::name).toList();
        try (Statement statement = connection.createStatement()) {
            // Migrations seed some tables (plans...): the backup's rows replace them.
            statement.execute(
                    "truncate " + names.stream().map(DatabaseDump::quote).collect(Collectors.joining(", ")));
        }
        Map<String, Manifest.Table> byName = new HashMap<>();
        manifest.tables().forEach(table -> byName.put(table.name(), table));
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        List<String> order = replica ? names : parentsFirst(connection, names);
        for (String name : order) {
            Manifest.Table table = byName.get(name);
            ZipEntry entry = zip.getEntry(table.entry());
            if (entry == null) {
                throw new BackupUnreadableException("The backup lacks " + table.entry() + " listed in its manifest");
            }
            try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), Sha256.digest())) {
                long rows = copy.copyIn("COPY public." + DatabaseDump.quote(name) + " FROM STDIN", in);
                drain(in);
                if (rows != table.rows() || !Sha256.hex(in.getMessageDigest()).equals(table.sha256())) {
                    throw new BackupUnreadableException("Table " + name + " in the backup does not match its"
                            + " manifest (" + rows + " rows, manifest says " + table.rows() + ")");
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
                statement.execute("select setval('public."
                        + DatabaseDump.quote(sequence.getKey()).replace("'", "''") + "', " + sequence.getValue() + ")");
            }
        }
    }

    /**
     * Foreign keys and triggers stay quiet while the snapshot is loaded ({@code replica} role, for
     * superusers); without that right, tables are loaded parents first instead.
     */
    private static boolean deferConstraints(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            if (result.next() && result.getBoolean(1)) {
                statement.execute("set local session_replication_role = replica");
                return true;
            }
        }
        return false;
    }

    private static List<String> parentsFirst(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text"
                                + " from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
                                + " where c.contype = 'f' and n.nspname = 'public'")) {
            while (result.next()) {
                String child = result.getString(1).replace("\"", "");
                String parent = result.getString(2).replace("\"", "");
                if (!child.equals(parent)) {
                    parents.computeIfAbsent(child, key -> new LinkedHashSet<>()).add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, parents, visiting, ordered);
        }
        ordered.retainAll(tables);
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> visiting, List<String> out) {
        if (out.contains(table) || !visiting.add(table)) {
            return; // done, or a cycle: its order cannot be helped
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            visit(parent, parents, visiting, out);
        }
        out.add(table);
    }

    private static boolean hasFlywayTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1 from pg_tables where schemaname = 'public'"
                        + " and tablename = '" + DatabaseDump.FLYWAY_TABLE + "'")) {
            return result.next();
        }
    }

    static void drain(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }
}
