package io.vectort.generation.starter;

import static io.vectort.generation.starter.Requests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds what the starter generates, the way a person would: npm install, then build or test.
 * Per framework it generates the bike-parts dashboard and one other app type, installs
 * node_modules once (in the dashboard) and links it into the other project.
 */
class StarterBuildsIT {

    private static final Path ROOT = Path.of("target", "starter-builds").toAbsolutePath();
    private static final Path NPM_CACHE = ROOT.resolve(".npm-cache");
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(3);
    private static final String DASHBOARD = "an inventory tracker for my bike parts with suppliers, dark mode, teal";
    private static final Pattern BUILT_SCRIPT =
            Pattern.compile("<script type=\"module\"[^>]*src=\"\\./(assets/[^\"]+\\.js)\"");

    private final StarterCodeGenerator generator = new StarterCodeGenerator(Duration.ZERO, 4096);

    @BeforeAll
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

    @Test
    void htmlProjectsHaveValidScriptsThatThePageLoads() throws Exception {
        long start = System.nanoTime();
        for (String appType : new String[] {"dashboard", "landing"}) {
            Path dir = write(
                    "html",
                    appType,
                    appType.equals("dashboard")
                            ? DASHBOARD
                            : "a landing page for a "
                                    + "meditation app that helps people sleep better with guided sessions and sleep stories");

            assertThat(run(dir, "node", "--check", "app.js").exitCode()).isZero();
            assertThat(Files.readString(dir.resolve("index.html")))
                    .contains(
                            "<link rel=\"stylesheet\" href=\"styles.css\" />",
                            "<script src=\"app.js\" defer></script>");
        }
        report("html", start);
    }

    @Test
    void reactProjectsInstallAndBuild() throws Exception {
        buildVite("react", "todo", "a todo list for household chores with dark mode");
    }

    @Test
    void vueProjectsInstallAndBuild() throws Exception {
        buildVite("vue", "blog", "a travel blog with categories and authors");
    }

    @Test
    void expressProjectsPassTheirOwnTestsAndServeTheApi() throws Exception {
        long start = System.nanoTime();
        Path dashboard = write("express", "dashboard", DASHBOARD);
        Path landing = write("express", "landing", "a landing page for my coffee subscription called BrewBox");
        install(dashboard, landing);

        for (Path dir : new Path[] {dashboard, landing}) {
            Run test = run(dir, "npm", "test");
            assertThat(test.exitCode()).as(test.output()).isZero();
            assertThat(test.output()).contains("# fail 0").doesNotContain("# pass 0");
        }
        assertServes(dashboard, "/api/parts", "\"name\":\"Chain\"");
        report("express", start);
    }

    private void buildVite(String framework, String otherAppType, String otherDescription) throws Exception {
        long start = System.nanoTime();
        Path dashboard = write(framework, "dashboard", DASHBOARD);
        Path other = write(framework, otherAppType, otherDescription);
        install(dashboard, other);

        for (Path dir : new Path[] {dashboard, other}) {
            Run build = run(dir, "npm", "run", "build");
            assertThat(build.exitCode()).as(build.output()).isZero();
            String html = Files.readString(dir.resolve("dist/index.html"));
            Matcher script = BUILT_SCRIPT.matcher(html);
            assertThat(script.find())
                    .as("dist/index.html references a built script: " + html)
                    .isTrue();
            assertThat(dir.resolve("dist").resolve(script.group(1))).isRegularFile();
        }
        report(framework, start);
    }

    /** Writes a fresh project to target/starter-builds/{framework}/{appType}. */
    private Path write(String framework, String appType, String description) throws IOException {
        Path dir = ROOT.resolve(framework).resolve(appType);
        deleteRecursively(dir);
        Map<String, String> files = generator
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

    /** npm install in the first project; the second reuses its node_modules (same dependencies). */
    private static void install(Path first, Path second) throws Exception {
        assertThat(dependencies(second)).isEqualTo(dependencies(first));
        Run install = run(first, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        assertThat(install.exitCode()).as(install.output()).isZero();
        Files.createSymbolicLink(second.resolve("node_modules"), first.resolve("node_modules"));
    }

    private static String dependencies(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("package.json"));
        return json.substring(json.indexOf("\"dependencies\""));
    }

    private static void assertServes(Path dir, String path, String expected) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("node", "src/server.js")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        Process server = builder.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> response = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (response == null && System.nanoTime() < deadline && server.isAlive()) {
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notListeningYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(response).as(Files.readString(dir.resolve("server.log"))).isNotNull();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).startsWith("[").contains(expected);
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    record Run(int exitCode, String output) {}

    private static Run run(Path dir, String... command) throws Exception {
        Path log = Files.createTempFile(ROOT, "run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("npm_config_cache", NPM_CACHE.toString());
        builder.environment().put("npm_config_update_notifier", "false");
        Process process = builder.start();
        if (!process.waitFor(NPM_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    String.join(" ", command) + " timed out in " + dir + ":\n" + Files.readString(log));
        }
        Run result = new Run(process.exitValue(), Files.readString(log));
        Files.delete(log);
        return result;
    }

    private static void report(String framework, long start) {
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf("[StarterBuildsIT] %s projects installed and built in %d s%n", framework, seconds);
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
