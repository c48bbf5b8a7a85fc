package io.vectort.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that ships inside Vectort, so that a fresh machine needs no database server. Its
 * data directory is kept between runs; only the first start initialises it.
 */
final class BundledPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BundledPostgres.class);

    private final Optional<EmbeddedPostgres> server;
    private final String databaseName;

    private BundledPostgres(Optional<EmbeddedPostgres> server, String databaseName) {
        this.server = server;
        this.databaseName = databaseName;
    }

    static BundledPostgres none() {
        return new BundledPostgres(Optional.empty(), "");
    }

    static BundledPostgres start(Path dataDir, int port, String databaseName) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            OrphanedPostmaster.stopIfPresent(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Spring stops it once the connection pool is closed; the library's own JVM hook
                    // would stop it concurrently, under work that still needs the database.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    // The library's defaults suit throwaway test databases (no fsync); this one keeps
                    // people's projects, so every commit is durable.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");

            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            createDatabaseIfMissing(server, databaseName);
            log.info("Bundled PostgreSQL running on 127.0.0.1:{} with data in {}", server.getPort(), directory);
            return new BundledPostgres(Optional.of(server), databaseName);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the bundled PostgreSQL in " + directory
                            + " (set VECTORT_DATABASE_URL to use a PostgreSQL server instead)",
                    e);
        }
    }

    boolean running() {
        return server.isPresent();
    }

    String jdbcUrl() {
        EmbeddedPostgres pg = server.orElseThrow();
        return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + databaseName;
    }

    @Override
    public void close() throws IOException {
        if (server.isPresent()) {
            server.get().close();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String name) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IOException("could not create database " + name, e);
        }
    }
}
