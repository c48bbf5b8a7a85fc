package io.vectort.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;

/**
 * A fresh PostgreSQL database per Spring test context: on the server at 127.0.0.1:5432 when one is
 * running (CI has one), on a bundled PostgreSQL otherwise. Databases are dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {}

    /** Creates a new, empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public static synchronized String createDatabase() {
        String admin = adminUrl();
        String name = "vectort_it_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        CREATED.add(name);
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    public static synchronized boolean usesLocalServer() {
        adminUrl();
        return embedded == null;
    }

    private static String adminUrl() {
        if (adminUrl != null) {
            return adminUrl;
        }
        if (reachable("127.0.0.1", 5432)) {
            adminUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
        } else {
            try {
                Path dir = Files.createTempDirectory("vectort-test-pg");
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .start();
                adminUrl = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/postgres";
            } catch (IOException e) {
                throw new UncheckedIOException("no PostgreSQL on 127.0.0.1:5432 and the bundled one failed", e);
            }
        }
        // Spring Boot runs its shutdown handlers after every context has closed, so nothing still
        // settling credits or flushing logs finds its database gone.
        SpringApplication.getShutdownHandlers().add(TestDatabase::dropAll);

        return adminUrl;
    }

    private static synchronized void dropAll() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the temp directory goes with the machine
            }
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "");
                Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException ignored) {
            // best effort: a leftover test database is harmless and dropped by the next run's name reuse
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
