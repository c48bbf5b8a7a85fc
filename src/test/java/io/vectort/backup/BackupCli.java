package io.vectort.backup;

import io.vectort.support.IntegrationTest;
import io.vectort.support.TestDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.logging.LoggingSystem;

/** Runs {@code vectort backup|restore} in the test JVM, as an operator would, and keeps its output. */
final class BackupCli {

    static final String KEY = "a backup passphrase only the operator holds";

    record Run(int code, String out, String err) {}

    private BackupCli() {}

    /** The running test installation's database and blobs, as the operator's environment would name them. */
    /** An installation on {@code databaseUrl} with its blobs under {@code blobDir}. */
    static List<String> installation(String databaseUrl, String blobDir) {
        return List.of(
                "--vectort.database.url=" + databaseUrl,
                "--vectort.database.user=postgres",
                "--vectort.database.master-key=" + IntegrationTest.MASTER_KEY,
                "--vectort.storage.dir=" + blobDir);
    }

    static List<String> installation(String databaseUrl) {
        return List.of(
                "--vectort.database.url=" + databaseUrl,
                "--vectort.database.user=postgres",
                "--vectort.database.master-key=" + IntegrationTest.MASTER_KEY,
                "--vectort.storage.dir=" + TestDirs.BLOBS);
    }

    static Run run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String previous = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        // Logback is one per JVM: the command must not reconfigure (and on close tear down) the test context's.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            int code = BackupCommand.run(
                    new ArrayList<>(args).toArray(String[]::new),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            if (previous == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, previous);
            }
        }
    }

    static List<String> args(String command, List<String> installation, String... more) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(installation);
        all.addAll(List.of(more));
        return all;
    }
}
