package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Output that must never become a version, and runs that stop early. */
class GenerationFailuresIT extends IntegrationTest {

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void refusesUnsafePathsAndCommitsNothing() {
        assertFailsWithoutVersion("test-unsafe", "unsafe_path");
    }

    @Test
    void refusesPlaceholderBodiesAndCommitsNothing() {
        assertFailsWithoutVersion("test-placeholder", "placeholder");
    }

    @Test
    void outputWithoutTheEndMarkerIsNeverCommitted() {
        assertFailsWithoutVersion("test-incomplete", "incomplete_output");
    }

    @Test
    void aNonRetryableProviderErrorFailsAtOnce() {
        JsonNode failed = assertFailsWithoutVersion("test-broken", "upstream_error");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void retriesARetryableFailureWithBackoffAndSucceeds() {
        String project = generations.createProject(user, "Flaky");
        String description = "flaky-" + user.userId();
        String id = generations
                .submit(user, project, Generations.request(description, "test-flaky"))
                .get("id")
                .asString();
        JsonNode done = generations.awaitFinished(user, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(ScriptedCodeGenerator.FLAKY_ATTEMPTS.get(description)).hasValue(2);

        List<JsonNode> statuses = generations.follow(user, id).events().stream()
                .filter(e -> e.event().equals("status"))
                .map(Api.SseEvent::json)
                .toList();
        assertThat(statuses.stream().map(s -> s.get("status").asString()))
                .containsExactly("queued", "running", "queued", "running", "succeeded");
        assertThat(statuses.get(2).get("retrying").asBoolean()).isTrue();
        assertThat(statuses.get(2).get("error").get("code").asString()).isEqualTo("upstream_unavailable");
    }

    @Test
    void cancellingARunningGenerationStopsItAndCommitsNothing() {
        String project = generations.createProject(user, "Cancel me");
        String id = generations
                .submit(user, project, Generations.request("Slow", "test-slow"))
                .get("id")
                .asString();
        generations.awaitStatus(user, id, Set.of("running"), Duration.ofSeconds(10));
        // Let some of the file stream before cancelling.
        api.events("/api/v1/generations/" + id + "/events", user.token(), Optional.empty(), 4, Duration.ofSeconds(10));

        Api.Response cancelled = api.post("/api/v1/generations/" + id + "/cancel", user.token(), null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");

        List<Api.SseEvent> events = generations.follow(user, id).events();
        Api.SseEvent last = events.get(events.size() - 1);
        assertThat(last.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(api.get("/api/v1/projects/" + project + "/versions", user.token())
                        .json())
                .isEmpty();
        // The worker noticed: no job remains and the project accepts a new generation.
        JsonNode next = generations.submit(user, project, Generations.request("After cancel", "test-chunky"));
        assertThat(generations
                        .awaitFinished(user, next.get("id").asString())
                        .get("version")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/generations/" + id, user.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("cancelled");
    }

    @Test
    void cancellingAFinishedGenerationIsAConflictAndCancellingTwiceIsHarmless() {
        String project = generations.createProject(user, "Done");
        String done = generations
                .submit(user, project, Generations.request("Done", "test-chunky"))
                .get("id")
                .asString();
        generations.awaitFinished(user, done);
        Api.Response late = api.post("/api/v1/generations/" + done + "/cancel", user.token(), null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).endsWith("/generation-finished");

        String slow = generations
                .submit(user, project, Generations.request("Slow", "test-slow"))
                .get("id")
                .asString();
        assertThat(api.post("/api/v1/generations/" + slow + "/cancel", user.token(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/generations/" + slow + "/cancel", user.token(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherUserCannotSeeFollowOrCancelAGeneration() {
        String project = generations.createProject(user, "Mine");
        String id = generations
                .submit(user, project, Generations.request("Mine", "test-chunky"))
                .get("id")
                .asString();
        Api.Session intruder = api.newUser();
        assertThat(api.get("/api/v1/generations/" + id, intruder.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/generations/" + id + "/cancel", intruder.token(), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.events(
                                "/api/v1/generations/" + id + "/events",
                                intruder.token(),
                                Optional.empty(),
                                1,
                                Duration.ofSeconds(5))
                        .status())
                .isEqualTo(404);
        assertThat(generations.awaitFinished(user, id).get("status").asString()).isEqualTo("succeeded");
    }

    private JsonNode assertFailsWithoutVersion(String model, String code) {
        String project = generations.createProject(user, model);
        String id = generations
                .submit(user, project, Generations.request(model, model))
                .get("id")
                .asString();
        JsonNode failed = generations.awaitFinished(user, id);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("code").asString()).isEqualTo(code);
        assertThat(failed.get("version").isNull()).isTrue();
        assertThat(api.get("/api/v1/projects/" + project + "/versions", user.token())
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/projects/" + project, user.token())
                        .json()
                        .get("currentVersion")
                        .asInt())
                .isZero();
        List<Api.SseEvent> events = generations.follow(user, id).events();
        JsonNode last = events.get(events.size() - 1).json();
        assertThat(last.get("status").asString()).isEqualTo("failed");
        assertThat(last.get("error").get("code").asString()).isEqualTo(code);
        return failed;
    }
}
