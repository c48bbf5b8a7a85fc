package io.vectort.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Vectort process killed with {@code kill -9} leaves its bundled PostgreSQL running, holding the
 * data directory, and the next start would wait for it forever. The embedded library keeps a file
 * lock on {@code epg-lock} while a live JVM owns the directory: when nobody holds that lock, a
 * running postmaster of this directory is an orphan and is shut down cleanly before we start.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {}

    static void stopIfPresent(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("another running Vectort process uses " + dataDirectory
                        + "; stop it, or give this one another vectort.database.data-dir");
            }
            Optional<ProcessHandle> postmaster =
                    pidOf(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (postmaster.isEmpty()) {
                return; // a stale pid file: PostgreSQL replaces it itself
            }
            boolean isPostgres = postmaster
                    .get()
                    .info()
                    .command()
                    .map(c -> c.endsWith("postgres"))
                    .orElse(false);
            if (!isPostgres) {
                // The pid was reused by an unrelated process; the file is stale and would block startup.
                Files.delete(pidFile);
                return;
            }
            stop(postmaster.get());
        }
    }

    /**
     * The port of the bundled PostgreSQL that a live Vectort process runs on this data directory:
     * that process holds {@code epg-lock}, and PostgreSQL writes its port on the fourth line of
     * {@code postmaster.pid}. Empty when no Vectort process owns the directory.
     */
    static Optional<Integer> portOfRunningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock != null) {
                return Optional.empty();
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // This very JVM runs the server (a test, or the scheduled backup): it is running.
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle postmaster) throws IOException {
        log.warn(
                "Stopping the bundled PostgreSQL (pid {}) left running by a Vectort process that ended abruptly",
                postmaster.pid());
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping an orphaned PostgreSQL", e);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .orElse("")
                .strip();
        try {
            return Optional.of(Long.parseLong(firstLine));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
