package io.vectort.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bundled PostgreSQL keeps data across restarts, also after the JVM was killed with SIGKILL. */
class BundledPostgresIT {

    @Test
    void restartsOnTheDataOfAProcessKilledWithSigkillAndRefusesASecondLiveOwner() throws Exception {
        Path dataDir = Files.createTempDirectory(Paths.get("target"), "bundled-pg-");
        Process child = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BundledPostgresChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // PostgreSQL's start-up chatter
            }
            assertThat(line).as("the child JVM started PostgreSQL").isEqualTo("READY");

            assertThatThrownBy(() -> BundledPostgres.start(dataDir, 0, "vectort"))
                    .hasMessageContaining("Could not start the bundled PostgreSQL")
                    .rootCause()
                    .hasMessageContaining("another running Vectort process");

            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is orphaned
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (BundledPostgres restarted = BundledPostgres.start(dataDir, 0, "vectort");
                Connection c = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select name from survivors")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the crash");
        }
    }
}
