package io.vectort.generation;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Verified builds end to end: every generated version of a project that builds is installed and
 * built in the sandbox (real npm, real Vite), and a failed build of an AI generation starts free
 * fix rounds whose prompts carry the build's log.
 */
@TestPropertySource(properties = "vectort.test.verify-builds=true")
class VerifiedBuildsIT extends IntegrationTest {

    private static final Duration BUILD = Duration.ofMinutes(4);

    /** A Vite app whose entry imports a module that is not there: Vite cannot resolve it. */
    private static final String BROKEN = """
            <vt-file path="package.json">
            {"name":"greeter","private":true,"type":"module","scripts":{"build":"vite build"},"devDependencies":{"vite":"^5.4.0"}}
            </vt-file>
            <vt-file path="index.html">
            <!doctype html>
            <html><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>
            </vt-file>
            <vt-file path="src/main.js">
            import { greet } from './greet.js';
            document.getElementById('app').textContent = greet('you');
            </vt-file>
            <vt-summary>
            A greeter.
            </vt-summary>
            <vt-end/>
            """;

    private static final String FIX = """
            <vt-file path="src/greet.js">
            export const greet = (name) => `Hello, ${name}!`;
            </vt-file>
            <vt-summary>
            Added the missing greet module.
            </vt-summary>
            <vt-end/>
            """;

    /** A "fix" that changes nothing that matters: the build keeps failing. */
    private static final String NO_FIX = """
            <vt-file path="README.md">
            A greeter.
            </vt-file>
            <vt-summary>
            Documented the app.
            </vt-summary>
            <vt-end/>
            """;

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        assumeTrue(Generations.npmAvailable(), "npm is not installed");
        FakeUpstreams.reset();
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void aFailedBuildOfAnAiVersionIsFixedByAFreeRoundWhoseVersionBuilds() {
        OPENAI.enqueue(
                FakeReply.text(BROKEN).withUsage(800, 400), FakeReply.text(FIX).withUsage(900, 100));
        String project = generations.createProject(user, "Greeter");
        String first = generations
                .submit(user, project, Generations.request("A greeter page", "builder-openai"))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, first).get("version").asInt())
                .isEqualTo(1);
        BigDecimal afterFirst = availableCredits();

        JsonNode failed = generations.awaitBuild(user, project, 1, BUILD);
        assertThat(failed.get("status").asString()).as(failed.toString()).isEqualTo("failed");
        assertThat(failed.get("command").asString()).isEqualTo("npm run build");
        assertThat(failed.get("log").asString()).contains("$ npm run build").contains("greet.js");
        assertThat(failed.get("reason").asString()).isNotBlank();
        assertThat(failed.get("fixRound").asInt()).isZero();
        assertThat(failed.get("fix").get("round").asInt()).isEqualTo(1);

        String fixId = failed.get("fix").get("generationId").asString();
        JsonNode fix = generations.awaitStatus(
                user, fixId, java.util.Set.of("succeeded", "failed", "cancelled"), Duration.ofSeconds(60));
        assertThat(fix.get("status").asString()).as(fix.toString()).isEqualTo("succeeded");
        assertThat(fix.get("fixRound").asInt()).isEqualTo(1);
        assertThat(fix.get("baseVersion").asInt()).isEqualTo(1);
        assertThat(fix.get("version").asInt()).isEqualTo(2);
        assertThat(new BigDecimal(fix.get("usage").get("costUsd").asString())).isPositive();
        assertThat(availableCredits()).as("a fix round is not charged").isEqualByComparingTo(afterFirst);

        String prompt = OPENAI.lastRequest()
                .json()
                .get("messages")
                .get(1)
                .get("content")
                .asString();
        assertThat(prompt)
                .contains("Automatic fix, round 1 of 2")
                .contains("greet.js")
                .contains("Files named in the output:")
                .contains("<vt-file path=\"src/main.js\">");

        JsonNode fixed = generations.awaitBuild(user, project, 2, BUILD);
        assertThat(fixed.get("status").asString()).as(fixed.toString()).isEqualTo("passed");
        assertThat(fixed.get("fixRound").asInt()).isEqualTo(1);
        assertThat(fixed.get("durationMs").asLong()).isPositive();
        assertThat(fixed.get("fix").isNull()).isTrue();

        JsonNode list =
                api.get("/api/v1/projects/" + project + "/builds", user.token()).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("status").asString()).isEqualTo("passed");
        assertThat(list.get(1).get("status").asString()).isEqualTo("failed");
        assertThat(list.get(1).get("log").asString()).isEmpty();

        JsonNode history = api.get("/api/v1/projects/" + project + "/generations", user.token())
                .json();
        assertThat(history.toString()).contains("\"fixRound\":1");
    }

    @Test
    void fixRoundsStopAfterTwoAndAFollowUpOfThePersonIsNeverAFixRound() {
        OPENAI.enqueue(FakeReply.text(BROKEN), FakeReply.text(NO_FIX), FakeReply.text(NO_FIX));
        String project = generations.createProject(user, "Stubborn");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, Generations.request("A greeter page", "builder-openai"))
                        .get("id")
                        .asString());

        assertThat(generations
                        .awaitBuild(user, project, 1, BUILD)
                        .get("fix")
                        .get("round")
                        .asInt())
                .isEqualTo(1);
        awaitVersion(project, 2);
        assertThat(generations
                        .awaitBuild(user, project, 2, BUILD)
                        .get("fix")
                        .get("round")
                        .asInt())
                .isEqualTo(2);
        awaitVersion(project, 3);
        JsonNode last = generations.awaitBuild(user, project, 3, BUILD);
        assertThat(last.get("status").asString()).isEqualTo("failed");
        assertThat(last.get("fixRound").asInt()).isEqualTo(2);
        assertThat(last.get("fix").isNull()).as("no third round").isTrue();
        assertThat(OPENAI.requests()).hasSize(3);
    }

    @Test
    void theOfflineStartersReactProjectBuildsAndAPageHasNothingToBuild() {
        String react = generations.createProject(user, "Starter");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, react, Generations.request("A reading list", "react", "todo"))
                        .get("id")
                        .asString());
        JsonNode built = generations.awaitBuild(user, react, 1, BUILD);
        assertThat(built.get("status").asString())
                .as(built.get("log").asString())
                .isEqualTo("passed");
        assertThat(built.get("log").asString()).contains("$ npm run build").contains("built in");

        String page = generations.createProject(user, "Page");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, page, Generations.request("A reading list", "html", "todo"))
                        .get("id")
                        .asString());
        JsonNode skipped = generations.awaitBuild(user, page, 1, Duration.ofSeconds(30));
        assertThat(skipped.get("status").asString()).isEqualTo("skipped");
        assertThat(skipped.get("reason").asString()).startsWith("Nothing to build");

        Api.Response again = api.post("/api/v1/projects/" + react + "/versions/latest/build", user.token(), Map.of());
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("version").asInt()).isEqualTo(1);
        assertThat(again.json().get("status").asString()).isIn("queued", "running", "passed");
        assertThat(generations.awaitBuild(user, react, 1, BUILD).get("status").asString())
                .isEqualTo("passed");
    }

    @Test
    void anotherOrganisationsProjectAndUnknownVersionsAreNotFound() {
        String project = generations.createProject(user, "Mine");
        Api.Session stranger = api.newUser();
        assertThat(api.get("/api/v1/projects/" + project + "/builds", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/projects/" + project + "/versions/1/build", stranger.token(), Map.of())
                        .status())
                .isEqualTo(404);
        Api.Response missing = api.get("/api/v1/projects/" + project + "/versions/7/build", user.token());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(api.get("/api/v1/projects/" + project + "/versions/abc/build", user.token())
                        .status())
                .isEqualTo(404);
    }

    private void awaitVersion(String project, int version) {
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(60));
        while (java.time.Instant.now().isBefore(deadline)) {
            JsonNode info = api.get("/api/v1/projects/" + project, user.token()).json();
            if (info.path("currentVersion").asInt() >= version) {
                return;
            }
            sleepQuietly();
        }
        throw new AssertionError("project " + project + " never reached version " + version);
    }

    private BigDecimal availableCredits() {
        return new BigDecimal(api.get("/api/v1/billing/balance", user.token())
                .json()
                .get("availableCredits")
                .asString());
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
