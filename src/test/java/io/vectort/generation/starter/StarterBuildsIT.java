package io.vectort.generation.starter;

import static io.vectort.generation.starter.GeneratedProjects.install;
import static io.vectort.generation.starter.GeneratedProjects.report;
import static io.vectort.generation.starter.GeneratedProjects.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds what the starter generates, the way a person would: npm install, then build or test
 * ({@link StarterCorpusBuildsIT} builds the project of every description of the corpus, in every
 * UI language, with one Node process per framework).
 * Per framework it generates the bike-parts dashboard and one other app type, installs
 * node_modules once (in the dashboard) and links it into the other project.
 */
class StarterBuildsIT {

    private static final String DASHBOARD = "an inventory tracker for my bike parts with suppliers, dark mode, teal";
    private static final Pattern BUILT_SCRIPT =
            Pattern.compile("<script type=\"module\"[^>]*src=\"\\./(assets/[^\"]+\\.js)\"");

    @BeforeAll
    static void requireNpm() {
        GeneratedProjects.requireNpm();
    }

    private static Path write(String framework, String appType, String description) throws IOException {
        return GeneratedProjects.write(framework + "/" + appType, framework, appType, description);
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
            GeneratedProjects.Run test = run(dir, "npm", "test");
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
            GeneratedProjects.Run build = run(dir, "npm", "run", "build");
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
}
