package io.vectort.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Dumps every table of the {@code public} schema with one COPY each, all inside one REPEATABLE READ,
 * READ ONLY transaction: the files are one consistent snapshot, like {@code pg_dump}'s, while the
 * server keeps writing. Needs no PostgreSQL client binary, so it works the same for the bundled
 * database and for a server.
 */
final class DatabaseDump {

    /** Flyway's own bookkeeping: a restore recreates it by migrating. */
    static final String FLYWAY_TABLE = "flyway_schema_history";

    record Result(String schemaVersion, List<Manifest.Table> tables, Map<String, Long> sequences) {}

    private DatabaseDump() {}

    static Result write(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            // The first query takes the snapshot every later statement of the transaction sees.
            String version = schemaVersion(connection);
            CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
            List<Manifest.Table> tables = new ArrayList<>();
            for (String table : tables(connection)) {
                Manifest.Table placeholder = new Manifest.Table(table, 0, "");
                zip.putNextEntry(new ZipEntry(placeholder.entry()));
                DigestOutputStream digest = new DigestOutputStream(unclosable(zip), Sha256.digest());
                long rows = copy.copyOut("COPY public." + quote(table) + " TO STDOUT", digest);
                zip.closeEntry();
                tables.add(new Manifest.Table(table, rows, Sha256.hex(digest.getMessageDigest())));
            }
            Map<String, Long> sequences = sequences(connection);
            connection.commit();
            return new Result(version, tables, sequences);
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version from " + FLYWAY_TABLE
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!result.next()) {
                throw new BackupException("The database has no migrated schema: nothing to back up");
            }
            return result.getString(1);
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename <> '" + FLYWAY_TABLE + "' order by tablename")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Sequences are not transactional: their values now are at least those the snapshot used. */
    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select sequencename, last_value from pg_sequences"
                        + " where schemaname = 'public' and last_value is not null order by sequencename")) {
            while (result.next()) {
                values.put(result.getString(1), result.getLong(2));
            }
        }
        return values;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
