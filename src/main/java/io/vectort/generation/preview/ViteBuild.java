package io.vectort.generation.preview;

import io.vectort.generation.verify.BuildEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds one Vite project in a scratch folder without running any of the project's own code:
 * dependencies are installed with {@code --ignore-scripts}, and Vite runs with a configuration
 * written by Vectort (allow-listed plugins only) instead of the project's {@code vite.config}.
 */
final class ViteBuild {

    static final String CONFIG_FILE = "vectort-preview.config.mjs";
    private static final int LOG_TAIL = 4000;

    private final String npm;
    private final Duration timeout;
    private final Path npmCache;

    ViteBuild(String npm, Duration timeout, Path npmCache) {
        this.npm = npm;
        this.timeout = timeout;
        this.npmCache = npmCache;
    }

    /** Builds {@code files} into {@code work/dist-preview}; throws with the log's tail on failure. */
    void run(Map<String, String> files, List<String> plugins, Path work) throws IOException, InterruptedException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = work.resolve(file.getKey()).normalize();
            if (!target.startsWith(work)) {
                throw new IOException("refusing to write outside the build folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(work.resolve(CONFIG_FILE), config(plugins), StandardCharsets.UTF_8);
        Path log = work.resolve("build.log");
        exec(work, log, List.of(npm, "install", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"));
        exec(
                work,
                log,
                List.of(
                        work.resolve("node_modules/.bin/vite").toString(),
                        "build",
                        "--config",
                        CONFIG_FILE,
                        "--base",
                        "./",
                        "--outDir",
                        "dist-preview",
                        "--emptyOutDir"));
    }

    static String config(List<String> plugins) {
        StringBuilder imports = new StringBuilder();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < plugins.size(); i++) {
            imports.append("import plugin")
                    .append(i)
                    .append(" from '")
                    .append(plugins.get(i))
                    .append("';\n");
            calls.add("plugin" + i + "()");
        }
        return "// Written by Vectort for previews: the project's own Vite and PostCSS configs are not run.\n"
                + imports
                + "export default {\n"
                + "  logLevel: 'warn',\n"
                + "  css: { postcss: {} },\n"
                + "  plugins: [" + String.join(", ", calls) + "],\n"
                + "};\n";
    }

    private void exec(Path work, Path log, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        Map<String, String> kept = environment(environment, npmCache);
        environment.clear();
        environment.putAll(kept);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException("the build took longer than " + timeout + "\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command.subList(0, Math.min(2, command.size())))
                    + " failed with exit code " + process.exitValue() + "\n" + tail(log));
        }
    }

    /** See {@link BuildEnvironment}: the same allow-list for previews and verified builds. */
    static Map<String, String> environment(Map<String, String> server, Path npmCache) {
        return BuildEnvironment.of(server, npmCache);
    }

    static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() <= LOG_TAIL ? text : text.substring(text.length() - LOG_TAIL);
        } catch (IOException e) {
            return "";
        }
    }
}
