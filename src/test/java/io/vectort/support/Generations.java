package io.vectort.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Test helpers around the generation endpoints. */
public final class Generations {

    private final Api api;

    public Generations(Api api) {
        this.api = api;
    }

    public String createProject(Api.Session user, String name) {
        Api.Response created = api.post("/api/v1/projects", user.token(), Map.of("name", name));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /**
     * A project named {@code description} whose first version the scripted {@code model} wrote
     * (see {@link ScriptedCodeGenerator}); returns its id once the generation succeeded.
     */
    public String projectWith(Api.Session user, String model, String description) {
        String project = createProject(user, description);
        String id = submit(user, project, request(description, model)).get("id").asString();
        assertThat(awaitFinished(user, id).get("status").asString()).isEqualTo("succeeded");
        return project;
    }

    /** Whether npm is installed here: Vite projects can be built only then. */
    public static boolean npmAvailable() {
        try {
            return new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stores a generation that looks running (no job behind it), so a test can append its events
     * itself.
     */
    public static UUID insertRunning(JdbcClient jdbc, Api.Session user, String projectId) {
        return insertRunning(jdbc, user.userId(), projectId);
    }

    /** Like {@link #insertRunning(JdbcClient, Api.Session, String)}, in any organisation. */
    public static UUID insertRunning(JdbcClient jdbc, UUID orgId, String projectId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into generations (id, project_id, org_id, description, framework, app_type,
                            generator_id, generator_kind, generator_label, status, attempts, base_version,
                            created_at, started_at)
                        values (:id, :project, :owner, 'Events', 'html', 'todo',
                            'offline-starter', 'starter', 'Offline starter (not AI)', 'running', 1, 0, :at, :at)""")
                .param("id", id)
                .param("project", UUID.fromString(projectId))
                .param("owner", orgId)
                .param("at", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Submits and returns the 202 body. */
    public JsonNode submit(Api.Session user, String projectId, Map<String, ?> body) {
        Api.Response response = api.post("/api/v1/projects/" + projectId + "/generate", user.token(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json();
    }

    public static Map<String, Object> request(String description, String framework, String type) {
        return Map.of("description", description, "framework", framework, "type", type);
    }

    public static Map<String, Object> request(String description, String model) {
        return Map.of("description", description, "framework", "html", "type", "todo", "model", model);
    }

    /** Polls until the generation has one of {@code statuses}. */
    public JsonNode awaitStatus(Api.Session user, String generationId, Set<String> statuses, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode generation;
        do {
            generation =
                    api.get("/api/v1/generations/" + generationId, user.token()).json();
            if (statuses.contains(generation.get("status").asString())) {
                return generation;
            }
            sleep(50);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("generation " + generationId + " is still " + generation.get("status") + " after "
                + timeout + ": " + generation);
    }

    public JsonNode awaitFinished(Api.Session user, String generationId) {
        return awaitStatus(user, generationId, Set.of("succeeded", "failed", "cancelled"), Duration.ofSeconds(60));
    }

    /** Polls the check of a version until it is over (passed, failed or skipped). */
    public JsonNode awaitBuild(Api.Session user, String projectId, int version, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode build;
        do {
            build = api.get("/api/v1/projects/" + projectId + "/versions/" + version + "/build", user.token())
                    .json();
            if (Set.of("passed", "failed", "skipped")
                    .contains(build.get("status").asString())) {
                return build;
            }
            sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the check of version " + version + " is still " + build.get("status") + " after "
                + timeout + ": " + build);
    }

    /** Follows the event stream from the start until the server closes it. */
    public Api.SseResponse follow(Api.Session user, String generationId) {
        return api.events(
                "/api/v1/generations/" + generationId + "/events",
                user.token(),
                Optional.empty(),
                Integer.MAX_VALUE,
                Duration.ofSeconds(60));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
