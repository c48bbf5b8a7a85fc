package io.vectort.generation.starter;

import static io.vectort.generation.starter.Requests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes generated projects under target/starter-builds and runs npm and node in them, the way a
 * person would; shared by the integration tests that build what the starter generates.
 */
final class GeneratedProjects {

    static final Path ROOT = Path.of("target", "starter-builds").toAbsolutePath();
    private static final Path NPM_CACHE = ROOT.resolve(".npm-cache");
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(3);
    private static final StarterCodeGenerator GENERATOR = new StarterCodeGenerator(Duration.ZERO, 4096);

    private GeneratedProjects() {}

    /** Skips the calling test where npm is not installed. */
    static void requireNpm() {
        boolean npm;
        try {
            npm = new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            npm = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            npm = false;
        }
        assumeTrue(npm, "npm not installed: the generated projects cannot be installed and built here");
    }

    /** Writes a fresh project for {@code description} to target/starter-builds/{folder}. */
    static Path write(String folder, String framework, String appType, String description) throws IOException {
        Path dir = ROOT.resolve(folder);
        deleteRecursively(dir);
        Map<String, String> files = GENERATOR
                .plan(aRequest(description)
                        .framework(framework)
                        .appType(appType)
                        .build())
                .next()
                .files();
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return dir;
    }

    /** npm install in the first project; the others reuse its node_modules (same dependencies). */
    static void install(Path first, Path... others) throws Exception {
        for (Path other : others) {
            assertThat(dependencies(other)).isEqualTo(dependencies(first));
        }
        Run install = run(first, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        assertThat(install.exitCode()).as(install.output()).isZero();
        for (Path other : others) {
            Files.createSymbolicLink(other.resolve("node_modules"), first.resolve("node_modules"));
        }
    }

    /**
     * npm install once in {@code shared}, from the package.json that all {@code projects} have in
     * common, and links its node_modules into each of them.
     */
    static void installShared(Path shared, List<Path> projects) throws Exception {
        Path first = projects.getFirst();
        for (Path project : projects) {
            assertThat(dependencies(project)).as(project.toString()).isEqualTo(dependencies(first));
        }
        Files.createDirectories(shared);
        Files.copy(first.resolve("package.json"), shared.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Run install = run(shared, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        assertThat(install.exitCode()).as(install.output()).isZero();
        for (Path project : projects) {
            Files.createSymbolicLink(project.resolve("node_modules"), shared.resolve("node_modules"));
        }
    }

    private static String dependencies(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("package.json"));
        return json.substring(json.indexOf("\"dependencies\""));
    }

    record Run(int exitCode, String output) {}

    static Run run(Path dir, String... command) throws Exception {
        return run(NPM_TIMEOUT, dir, command);
    }

    static Run run(Duration timeout, Path dir, String... command) throws Exception {
        Path log = Files.createTempFile(ROOT, "run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("npm_config_cache", NPM_CACHE.toString());
        builder.environment().put("npm_config_update_notifier", "false");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    String.join(" ", command) + " timed out in " + dir + ":\n" + Files.readString(log));
        }
        Run result = new Run(process.exitValue(), Files.readString(log));
        Files.delete(log);
        return result;
    }

    static void report(String framework, long start) {
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf("[starter builds] %s projects installed and built in %d s%n", framework, seconds);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        Files.createDirectories(ROOT);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Walking does not follow the node_modules link, so only the link itself is removed.
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
