package io.vectort.generation.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Runs one check of a project's files in the {@link BuildSandbox} and reports its outcome. */
@Component
class SandboxedBuild {

    /** Enough of the log to show the error and what led to it; the start is mostly npm's progress. */
    static final int LOG_TAIL = 16_000;

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    private final BuildSandbox sandbox;
    private final BuildProperties properties;

    SandboxedBuild(BuildSandbox sandbox, BuildProperties properties) {
        this.sandbox = sandbox;
        this.properties = properties;
    }

    BuildOutcome run(Map<String, String> files, List<String> check) throws IOException, InterruptedException {
        Path root = properties.workRoot();
        Files.createDirectories(root);
        Path work = Files.createTempDirectory(root, "check-");
        long started = System.nanoTime();
        try {
            Path source = Files.createDirectories(work.resolve("source"));
            Path box = Files.createDirectories(work.resolve("box"));
            Files.createDirectories(work.resolve("home"));
            write(files, source);
            Path log = work.resolve("check.log");
            ProcessBuilder builder = new ProcessBuilder(sandbox.command(box, source))
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            List<String> command = check.get(0).equals("npm")
                    ? Stream.concat(Stream.of(properties.npm()), check.stream().skip(1))
                            .toList()
                    : check;
            Map<String, String> environment = sandbox.environment(System.getenv(), work, sandbox.install(), command);
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String output = tail(log);
            if (!finished) {
                return new BuildOutcome(
                        false,
                        output + "\nStopped: the check took longer than " + properties.timeout() + ".",
                        took,
                        "took longer than " + properties.timeout(),
                        false);
            }
            int exit = process.exitValue();
            if (exit == 0) {
                return new BuildOutcome(true, output, took, "", false);
            }
            return new BuildOutcome(false, output, took, summary(output, exit), registryUnreachable(output));
        } finally {
            ScratchFolders.delete(work);
        }
    }

    private static void write(Map<String, String> files, Path source) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = source.resolve(file.getKey()).normalize();
            if (!target.startsWith(source)) {
                throw new IOException("refusing to write outside the build folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Whether the install failed because the registry could not be reached: the network's fault,
     * not the project's, so the check says nothing about the version (and no fix round should try).
     */
    static boolean registryUnreachable(String log) {
        // The sandbox prints "$ <command>" before the install and again before the check.
        boolean checkStarted = log.lines().filter(line -> line.startsWith("$ ")).count() >= 2;
        return !checkStarted && NETWORK_ERRORS.matcher(log).find();
    }

    private static final Pattern NETWORK_ERRORS =
            Pattern.compile("\\b(EAI_AGAIN|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\\b");

    /** The line a person reads first: the last one that says what went wrong. */
    static String summary(String log, int exit) {
        List<String> lines =
                log.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.matches("(?i).*(error|failed|cannot|could not|not found|unexpected|killed).*")
                    && !line.startsWith("npm error A complete log")
                    && !line.startsWith("npm error command")) {
                return line.length() > 300 ? line.substring(0, 300) + "…" : line;
            }
        }
        return "exited with code " + exit;
    }

    /** The end of the log, read from its end: a check printing without pause must not fill the heap. */
    static String tail(Path log) {
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            long size = channel.size();
            int length = (int) Math.min(size, LOG_TAIL * 2L);
            ByteBuffer bytes = ByteBuffer.allocate(length);
            channel.position(size - length);
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {}
            String text = ANSI.matcher(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8))
                    .replaceAll("");
            boolean cut = size > length || text.length() > LOG_TAIL;
            return cut ? "…\n" + text.substring(Math.max(0, text.length() - LOG_TAIL)) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
