package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.SecondNode;
import io.vectort.support.TestDirs;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

class PreviewIT extends IntegrationTest {

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void servesAStaticProjectUnderASignedUrlWithASandboxingPolicy() {
        String project = projectWith("test-chunky", "Static preview");
        JsonNode preview = prepare(project, "1");
        assertThat(preview.get("status").asString()).isEqualTo("ready");
        String url = preview.get("url").asString();
        assertThat(url).startsWith("/preview/").endsWith("/");

        Api.Response page = api.get(url, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Static preview</title>");
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).startsWith("sandbox allow-scripts").doesNotContain("allow-same-origin"));
        assertThat(page.header("X-Frame-Options")).hasValue("SAMEORIGIN");

        Api.Response script = api.get(url + "src/app.js", null);
        assertThat(script.body()).isEqualTo("console.log('hello');\n");
        assertThat(script.header("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).contains("javascript"));
        // Client-side routes of the previewed app fall back to its index.html.
        assertThat(api.get(url + "some/route", null).body()).contains("<title>Static preview</title>");
    }

    @Test
    void answersEachFileWithItsTypeAndHeadersThatLetTheSandboxedPageLoadIt() {
        String project = projectWith("test-assets", "Assets");
        String url = prepare(project, "1").get("url").asString();
        Map<String, String> types = Map.of(
                "", "text/html;charset=UTF-8",
                "style.css", "text/css;charset=UTF-8",
                "app.js", "text/javascript;charset=UTF-8",
                "main.mjs", "text/javascript;charset=UTF-8",
                "data.json", "application/json",
                "images/logo.svg", "image/svg+xml");
        types.forEach((path, type) -> {
            Api.Response file = api.get(url + path, null);
            assertThat(file.status()).as(path).isEqualTo(200);
            // Browsers go by the declared type alone: a script or stylesheet of another is refused.
            assertThat(file.header("Content-Type")).as(path).hasValue(type);
            assertThat(file.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            // The sandboxed page has an opaque origin, so its own files are cross-origin to it.
            assertThat(file.header("Cross-Origin-Resource-Policy")).as(path).hasValue("cross-origin");
            assertThat(file.header("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(file.header("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("sandbox allow-scripts"));
        });
    }

    @Test
    void aTamperedOrForeignTokenShowsNothing() {
        String project = projectWith("test-chunky", "Secret");
        String url = prepare(project, "1").get("url").asString();
        String token = url.substring("/preview/".length(), url.length() - 1);
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThat(api.get("/preview/" + tampered + "/", null).status()).isEqualTo(404);
        assertThat(api.get("/preview/not-a-token/", null).status()).isEqualTo(404);

        Api.Session intruder = api.newUser();
        Api.Response foreign = api.post("/api/v1/projects/" + project + "/versions/1/preview", intruder.token(), null);
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void saysPlainlyWhenAProjectHasNoPageToPreview() {
        String project = projectWith("test-express", "API");
        JsonNode preview = prepare(project, "latest");
        assertThat(preview.get("status").asString()).isEqualTo("unavailable");
        assertThat(preview.get("reason").asString()).contains("npm start");
    }

    @Test
    void buildsAViteProjectOnTheServerWithoutRunningItsOwnConfig() throws IOException {
        assumeTrue(Generations.npmAvailable(), "npm is not installed: Vite previews cannot be built here");
        String project = projectWith("test-vite", "Vite preview");
        JsonNode preview = prepare(project, "1");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (preview.get("status").asString().equals("building")
                && Instant.now().isBefore(deadline)) {
            sleep();
            preview = prepare(project, "1");
        }
        assertThat(preview.get("status").asString()).as(preview.toString()).isEqualTo("ready");
        String url = preview.get("url").asString();
        String html = api.get(url, null).body();
        assertThat(html).contains("<title>Vite preview</title>").containsPattern("src=\"\\./assets/[^\"]+\\.js\"");
        String asset = html.replaceAll("(?s).*src=\"\\./(assets/[^\"]+\\.js)\".*", "$1");
        assertThat(api.get(url + asset, null).body()).contains("Built by Vite: Vite preview");

        // A restore has the same files: its preview is ready at once, from the same build.
        assertThat(api.post("/api/v1/projects/" + project + "/versions/1/restore", user.token(), null)
                        .status())
                .isEqualTo(201);
        assertThat(prepare(project, "2").get("status").asString()).isEqualTo("ready");

        // Another node, with nothing on its own disk, serves the same build from the blob store.
        try (ConfigurableApplicationContext second =
                SecondNode.start(Map.of("vectort.preview.dir", TestDirs.previews("other-node")))) {
            Api other = new Api(SecondNode.port(second));
            Api.Response elsewhere =
                    other.post("/api/v1/projects/" + project + "/versions/1/preview", user.token(), null);
            assertThat(elsewhere.json().get("status").asString()).isEqualTo("ready");
            String otherUrl = elsewhere.json().get("url").asString();
            assertThat(other.get(otherUrl, null).body()).contains("<title>Vite preview</title>");
            assertThat(other.get(otherUrl + asset, null).body()).contains("Built by Vite: Vite preview");
        }
    }

    private String projectWith(String model, String description) {
        return generations.projectWith(user, model, description);
    }

    private JsonNode prepare(String project, String version) {
        Api.Response response =
                api.post("/api/v1/projects/" + project + "/versions/" + version + "/preview", user.token(), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
