package io.vectort.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Vectort's database for a command that runs without the server (backup, restore): the configured
 * PostgreSQL server, or the bundled one — started for the command and stopped after it, or, when a
 * running Vectort already owns the data directory, reached on that server's port.
 */
public final class StandaloneDatabase implements AutoCloseable {

    /** Whether the command may share the database with a running Vectort. */
    public enum Access {
        /** Reading (a backup): a running server is fine. */
        SHARED,
        /** Replacing the data (a restore): a running Vectort on the bundled database is refused. */
        EXCLUSIVE
    }

    private final String url;
    private final String user;
    private final String password;
    private final String databaseName;
    private final BundledPostgres started;
    private final Optional<Path> generatedMasterKey;

    private StandaloneDatabase(
            String url,
            String user,
            String password,
            String databaseName,
            BundledPostgres started,
            Optional<Path> generatedMasterKey) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.databaseName = databaseName;
        this.started = started;
        this.generatedMasterKey = generatedMasterKey;
    }

    /**
     * Opens the database {@code properties} name.
     *
     * @throws DatabaseInUseException when {@code access} is exclusive and a running Vectort uses the
     *     bundled database
     */
    public static StandaloneDatabase open(DatabaseProperties properties, Access access) {
        Optional<Path> generatedKey = properties.masterKey().isBlank()
                ? Optional.of(properties.dataDir().resolve("master.key"))
                : Optional.empty();
        if (!properties.usesBundledServer()) {
            String url = properties.url();
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException(
                        "VECTORT_DATABASE_URL must be a PostgreSQL JDBC URL" + " (jdbc:postgresql://host:5432/db)");
            }
            PGSimpleDataSource parsed = new PGSimpleDataSource();
            parsed.setURL(url);
            return new StandaloneDatabase(
                    url,
                    properties.user(),
                    properties.password(),
                    parsed.getDatabaseName(),
                    BundledPostgres.none(),
                    generatedKey);
        }
        String name = properties.embeddedDatabaseName();
        Path directory =
                properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        Optional<Integer> running;
        try {
            running = OrphanedPostmaster.portOfRunningServer(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect the bundled PostgreSQL in " + directory, e);
        }
        if (running.isPresent()) {
            if (access == Access.EXCLUSIVE) {
                throw new DatabaseInUseException("Vectort is running with the bundled database in " + directory
                        + ". Stop it first (the restore replaces its data), then run the command again.");
            }
            return new StandaloneDatabase(
                    "jdbc:postgresql://127.0.0.1:" + running.get() + "/" + name,
                    "postgres",
                    "",
                    name,
                    BundledPostgres.none(),
                    generatedKey);
        }
        BundledPostgres bundled = BundledPostgres.start(properties.dataDir(), properties.embeddedPort(), name);
        return new StandaloneDatabase(bundled.jdbcUrl(), "postgres", "", name, bundled, generatedKey);
    }

    /** Vectort's database. */
    public DataSource dataSource() {
        return dataSource(databaseName);
    }

    /** Another database on the same server with the same credentials (a scratch database). */
    public DataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setDatabaseName(database);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    public String databaseName() {
        return databaseName;
    }

    /** Where the server is, for messages: the URL without any password. */
    public String describe() {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    /**
     * The master key file of the data directory, when the installation uses a generated key rather
     * than {@code VECTORT_MASTER_KEY}: a backup must carry it, or a new machine could not read the
     * secrets stored in the database.
     */
    public Optional<Path> generatedMasterKey() {
        return generatedMasterKey;
    }

    @Override
    public void close() {
        try {
            started.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the bundled PostgreSQL", e);
        }
    }
}
