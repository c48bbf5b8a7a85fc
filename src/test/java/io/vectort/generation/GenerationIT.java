package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GenerationIT extends IntegrationTest {

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void generatesAReactTodoAppWithTheOfflineStarterStreamedAndKeptAsVersionOne() {
        String project = generations.createProject(user, "Todos");
        JsonNode accepted = generations.submit(
                user, project, Generations.request("A simple todo app for my chores", "react", "todo"));
        assertThat(accepted.get("status").asString()).isEqualTo("queued");
        assertThat(accepted.get("generator").get("kind").asString()).isEqualTo("starter");
        assertThat(accepted.get("generator").get("label").asString()).isEqualTo("Offline starter (not AI)");
        String id = accepted.get("id").asString();
        assertThat(accepted.get("eventsUrl").asString()).isEqualTo("/api/v1/generations/" + id + "/events");

        Api.SseResponse stream = generations.follow(user, id);
        List<String> types = stream.events().stream().map(Api.SseEvent::event).toList();
        assertThat(types).first().isEqualTo("status");
        assertThat(types).contains("file_started", "file_delta", "file_completed", "summary", "version_created");
        Api.SseEvent last = stream.events().get(stream.events().size() - 1);
        assertThat(last.event()).isEqualTo("status");
        assertThat(last.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(last.json().get("version").asInt()).isEqualTo(1);
        assertIdsAreConsecutiveFromOne(stream.events());

        JsonNode generation = api.get("/api/v1/generations/" + id, user.token()).json();
        assertThat(generation.get("status").asString()).isEqualTo("succeeded");
        assertThat(generation.get("version").asInt()).isEqualTo(1);
        assertThat(generation.get("usage").get("provider").asString()).isEqualTo("offline-starter");

        JsonNode files = api.get("/api/v1/projects/" + project + "/versions/1/files", user.token())
                .json();
        List<String> paths = files.get("files").findValuesAsString("path");
        assertThat(paths).contains("package.json", "index.html", "src/App.jsx");
        long completedFiles = stream.events().stream()
                .filter(e -> e.event().equals("file_completed"))
                .count();
        assertThat(completedFiles).isEqualTo(paths.size());
        assertThat(files.get("tree").findValuesAsString("name")).contains("src");

        Api.Response packageJson =
                api.get("/api/v1/projects/" + project + "/versions/1/files/package.json", user.token());
        assertThat(packageJson.header("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
        assertThat(packageJson.body()).contains("\"react\"");

        JsonNode versions = api.get("/api/v1/projects/" + project + "/versions", user.token())
                .json();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("fileCount").asInt()).isEqualTo(paths.size());
        assertThat(api.get("/api/v1/projects/" + project, user.token())
                        .json()
                        .get("currentVersion")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void downloadsAVersionAsAZipWithExactlyItsFiles() throws IOException {
        String project = generations.createProject(user, "Zip me");
        String id = generations
                .submit(user, project, Generations.request("Zip", "test-chunky"))
                .get("id")
                .asString();
        generations.awaitFinished(user, id);

        Api.Response zip = api.get("/api/v1/projects/" + project + "/versions/1/archive.zip", user.token());
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).hasValue("application/zip");
        assertThat(zip.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("zip-me-v1.zip"));
        Map<String, String> entries = unzip(zip.bytes());
        assertThat(entries)
                .containsEntry("zip-me-v1/index.html", "<!doctype html>\n<title>Zip</title>\n<h1>Hello</h1>\n")
                .containsEntry("zip-me-v1/src/app.js", "console.log('hello');\n")
                .containsEntry("zip-me-v1/notes.txt", "notes\n")
                .hasSize(3);
        assertThat(api.get("/api/v1/projects/" + project + "/versions/latest/archive.zip", user.token())
                        .bytes())
                .isEqualTo(zip.bytes());
    }

    @Test
    void aFollowUpBuildsTheNextVersionFromTheCurrentFiles() {
        String project = generations.createProject(user, "Follow-up");
        String first = generations
                .submit(user, project, Generations.request("First", "test-chunky"))
                .get("id")
                .asString();
        generations.awaitFinished(user, first);
        String second = generations
                .submit(user, project, Generations.request("Second", "test-patch"))
                .get("id")
                .asString();
        JsonNode done = generations.awaitFinished(user, second);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.get("baseVersion").asInt()).isEqualTo(1);
        assertThat(done.get("version").asInt()).isEqualTo(2);

        List<String> v2 = api.get("/api/v1/projects/" + project + "/versions/2/files", user.token())
                .json()
                .get("files")
                .findValuesAsString("path");
        assertThat(v2).containsExactly("index.html", "src/main.js");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/2/files/index.html", user.token())
                        .body())
                .contains("<h1>Hello again</h1>");
        // Version 1 is immutable.
        assertThat(api.get("/api/v1/projects/" + project + "/versions/1/files/index.html", user.token())
                        .body())
                .contains("<h1>Hello</h1>");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/1/files/notes.txt", user.token())
                        .status())
                .isEqualTo(200);
        JsonNode history = api.get("/api/v1/projects/" + project + "/generations", user.token())
                .json();
        assertThat(history.findValuesAsString("description")).containsExactly("Second", "First");
    }

    @Test
    void restoringAVersionCopiesItIntoANewVersionAndFollowUpsForgetTheUndoneTurns() {
        String project = generations.createProject(user, "Undo");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, Generations.request("First", "test-chunky"))
                        .get("id")
                        .asString());
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, Generations.request("Second", "test-patch"))
                        .get("id")
                        .asString());

        Api.Response restored = api.post("/api/v1/projects/" + project + "/versions/1/restore", user.token(), null);
        assertThat(restored.status()).isEqualTo(201);
        assertThat(restored.json().get("number").asInt()).isEqualTo(3);
        assertThat(restored.json().get("parentNumber").asInt()).isEqualTo(1);
        assertThat(restored.json().get("summary").asString()).isEqualTo("Restored version 1");
        JsonNode v1 = api.get("/api/v1/projects/" + project + "/versions/1/files", user.token())
                .json()
                .get("files");
        JsonNode v3 = api.get("/api/v1/projects/" + project + "/versions/3/files", user.token())
                .json()
                .get("files");
        assertThat(v3).isEqualTo(v1);
        assertThat(api.get("/api/v1/projects/" + project + "/versions", user.token())
                        .json())
                .hasSize(3);

        String next = generations
                .submit(user, project, Generations.request("Third", "test-turns"))
                .get("id")
                .asString();
        JsonNode third = generations.awaitFinished(user, next);
        assertThat(third.get("status").asString()).as(third.toString()).isEqualTo("succeeded");
        assertThat(third.get("version").asInt()).isEqualTo(4);
        assertThat(api.get("/api/v1/projects/" + project + "/versions/4/files/turns.txt", user.token())
                        .body())
                .isEqualTo("First\n");
    }

    @Test
    void refusesToRestoreWhileAGenerationIsActive() {
        String project = generations.createProject(user, "Busy restore");
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, Generations.request("First", "test-chunky"))
                        .get("id")
                        .asString());
        String slow = generations
                .submit(user, project, Generations.request("Slow", "test-slow"))
                .get("id")
                .asString();
        Api.Response restore = api.post("/api/v1/projects/" + project + "/versions/1/restore", user.token(), null);
        assertThat(restore.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/projects/" + project + "/versions", user.token())
                        .json())
                .hasSize(1);
        api.post("/api/v1/generations/" + slow + "/cancel", user.token(), null);
        generations.awaitFinished(user, slow);
    }

    @Test
    void coalescesStreamedTextInsteadOfOneEventPerChunk() {
        String project = generations.createProject(user, "Chunks");
        String description = "Coalesce";
        String id = generations
                .submit(user, project, Generations.request(description, "test-chunky"))
                .get("id")
                .asString();
        Api.SseResponse stream = generations.follow(user, id);
        int chunks = ScriptedCodeGenerator.threeFiles(description).length();
        assertThat(stream.events()).hasSizeLessThan(chunks / 5);
        StringBuilder indexHtml = new StringBuilder();
        stream.events().stream()
                .filter(e -> e.event().equals("file_delta"))
                .filter(e -> e.json().get("path").asString().equals("index.html"))
                .forEach(e -> indexHtml.append(e.json().get("text").asString()));
        assertThat(indexHtml).hasToString("<!doctype html>\n<title>Coalesce</title>\n<h1>Hello</h1>\n");
    }

    @Test
    void replaysMissedEventsAfterLastEventIdAndTheWholeHistoryAfterCompletion() {
        String project = generations.createProject(user, "Replay");
        String id = generations
                .submit(user, project, Generations.request("Replay", "test-chunky"))
                .get("id")
                .asString();
        String path = "/api/v1/generations/" + id + "/events";

        Api.SseResponse firstThree = api.events(path, user.token(), Optional.empty(), 3, Duration.ofSeconds(30));
        assertThat(firstThree.events()).hasSize(3);
        Api.SseResponse rest =
                api.events(path, user.token(), Optional.of("3"), Integer.MAX_VALUE, Duration.ofSeconds(30));
        assertThat(rest.events().get(0).id()).isEqualTo("4");
        assertThat(rest.events()
                        .get(rest.events().size() - 1)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("succeeded");

        Api.SseResponse whole = generations.follow(user, id);
        assertThat(whole.events()).hasSize(3 + rest.events().size());
        assertIdsAreConsecutiveFromOne(whole.events());
        assertThat(whole.events().subList(3, whole.events().size())).isEqualTo(rest.events());
    }

    @Test
    void withoutATypeTheDescriptionDecidesItAndFollowUpsKeepTheProjects() {
        String project = generations.createProject(user, "Bike shed");
        JsonNode accepted = generations.submit(
                user,
                project,
                Map.of("description", "An inventory tracker for my bike parts with suppliers", "framework", "html"));
        assertThat(accepted.get("type").asString()).isEqualTo("dashboard");
        assertThat(accepted.get("typeReason").get("source").asString()).isEqualTo("description");
        assertThat(accepted.get("typeReason").get("evidence").asString()).isEqualTo("inventory");
        JsonNode first = generations.awaitFinished(user, accepted.get("id").asString());
        assertThat(first.get("status").asString()).isEqualTo("succeeded");
        assertThat(first.get("type").asString()).isEqualTo("dashboard");
        assertThat(first.get("typeReason").get("evidence").asString()).isEqualTo("inventory");
        String app = api.get("/api/v1/projects/" + project + "/versions/1/files/app.js", user.token())
                .body();
        assertThat(app).contains("parts").contains("suppliers");

        JsonNode followUp = generations.submit(
                user, project, Map.of("description", "add a list of favourites", "framework", "html", "type", "auto"));
        assertThat(followUp.get("type").asString()).isEqualTo("dashboard");
        assertThat(followUp.get("typeReason").get("source").asString()).isEqualTo("kept");
        assertThat(followUp.get("typeReason").get("evidence").isNull()).isTrue();
        generations.awaitFinished(user, followUp.get("id").asString());

        String other = generations.createProject(user, "Courses");
        JsonNode french = generations.submit(
                user, other, Map.of("description", "Liste de courses partagée avec ma coloc", "framework", "html"));
        assertThat(french.get("type").asString()).isEqualTo("todo");
        assertThat(french.get("typeReason").get("evidence").asString()).isEqualTo("Liste de courses");
        generations.awaitFinished(user, french.get("id").asString());

        String chosen = generations.createProject(user, "Chosen");
        JsonNode todo = generations.submit(
                user, chosen, Generations.request("An inventory tracker for my bike parts", "html", "todo"));
        assertThat(todo.get("type").asString()).isEqualTo("todo");
        assertThat(todo.get("typeReason").get("source").asString()).isEqualTo("chosen");
        generations.awaitFinished(user, todo.get("id").asString());
    }

    @Test
    void theDescriptionNamesTheFrameworkAndFollowUpsKeepOrSwitchIt() {
        String project = generations.createProject(user, "Hikes");
        JsonNode accepted =
                generations.submit(user, project, Map.of("description", "A React app to log my hikes and rate them"));
        assertThat(accepted.get("framework").asString()).isEqualTo("react");
        assertThat(accepted.get("frameworkReason").get("source").asString()).isEqualTo("description");
        assertThat(accepted.get("frameworkReason").get("evidence").asString()).isEqualTo("React app");
        JsonNode first = generations.awaitFinished(user, accepted.get("id").asString());
        assertThat(first.get("status").asString()).isEqualTo("succeeded");
        assertThat(first.get("frameworkReason").get("evidence").asString()).isEqualTo("React app");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/1/files/package.json", user.token())
                        .body())
                .contains("\"react\"");

        JsonNode kept = generations.submit(
                user, project, Map.of("description", "add a difficulty to each hike", "framework", "auto"));
        assertThat(kept.get("framework").asString()).isEqualTo("react");
        assertThat(kept.get("frameworkReason").get("source").asString()).isEqualTo("kept");
        generations.awaitFinished(user, kept.get("id").asString());

        JsonNode switched = generations.submit(user, project, Map.of("description", "rewrite it with Vue please"));
        assertThat(switched.get("framework").asString()).isEqualTo("vue");
        assertThat(switched.get("frameworkReason").get("evidence").asString()).isEqualTo("with Vue");
        assertThat(generations
                        .awaitFinished(user, switched.get("id").asString())
                        .get("status")
                        .asString())
                .isEqualTo("succeeded");
        assertThat(api.get("/api/v1/projects/" + project + "/versions/3/files/package.json", user.token())
                        .body())
                .contains("\"vue\"");

        String plain = generations.createProject(user, "Recettes");
        JsonNode byDefault =
                generations.submit(user, plain, Map.of("description", "Carnet de recettes avec vue sur la cuisine"));
        assertThat(byDefault.get("framework").asString()).isEqualTo("html");
        assertThat(byDefault.get("frameworkReason").get("source").asString()).isEqualTo("default");
        generations.awaitFinished(user, byDefault.get("id").asString());
    }

    @Test
    void rejectsInvalidRequestsWithFieldErrorsAndStoresNothing() {
        String project = generations.createProject(user, "Strict");
        long generationsBefore = count("generations");
        long jobsBefore = count("scheduled_tasks");
        String path = "/api/v1/projects/" + project + "/generate";

        assertInvalid(
                api.post(path, user.token(), Map.of("description", "   ", "framework", "react", "type", "todo")),
                "description");
        assertInvalid(
                api.post(
                        path,
                        user.token(),
                        Map.of("description", "x".repeat(5001), "framework", "react", "type", "todo")),
                "description");
        assertInvalid(
                api.post(
                        path,
                        user.token(),
                        Map.of("description", "ok\u001b[31m", "framework", "react", "type", "todo")),
                "description");
        assertInvalid(
                api.post(path, user.token(), Map.of("description", "ok", "framework", "cobol", "type", "todo")),
                "framework");
        assertInvalid(
                api.post(path, user.token(), Map.of("description", "ok", "framework", "react", "type", "game")),
                "type");
        assertInvalid(
                api.post(
                        path,
                        user.token(),
                        Map.of("description", "ok", "framework", "react", "type", "todo", "model", "gpt-9")),
                "model");
        Api.Response all = api.post(path, user.token(), Map.of());
        // No framework or type is fine ("auto"): the description decides.
        assertThat(all.json().get("errors").findValuesAsString("field")).containsExactly("description");

        assertThat(count("generations")).isEqualTo(generationsBefore);
        assertThat(count("scheduled_tasks")).isEqualTo(jobsBefore);
    }

    @Test
    void acceptsADescriptionOfExactlyTheMaximumLengthInCharactersNotBytes() {
        String project = generations.createProject(user, "Long");
        String description = "é".repeat(4999) + "🚲";
        assertThat(description.codePointCount(0, description.length())).isEqualTo(5000);
        Api.Response response = api.post(
                "/api/v1/projects/" + project + "/generate",
                user.token(),
                Map.of("description", description, "framework", "html", "type", "todo", "model", "test-chunky"));
        assertThat(response.status()).isEqualTo(202);
        generations.awaitFinished(user, response.json().get("id").asString());
    }

    @Test
    void refusesASecondGenerationWhileOneIsActive() {
        String project = generations.createProject(user, "Busy");
        String slow = generations
                .submit(user, project, Generations.request("Slow", "test-slow"))
                .get("id")
                .asString();
        Api.Response second = api.post(
                "/api/v1/projects/" + project + "/generate", user.token(), Generations.request("Again", "test-chunky"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).endsWith("/generation-in-progress");
        api.post("/api/v1/generations/" + slow + "/cancel", user.token(), null);
        generations.awaitFinished(user, slow);
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    private static void assertIdsAreConsecutiveFromOne(List<Api.SseEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).id()).isEqualTo(Integer.toString(i + 1));
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
