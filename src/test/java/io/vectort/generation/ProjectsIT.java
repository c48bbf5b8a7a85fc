package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProjectsIT extends IntegrationTest {

    @Test
    void createsListsRenamesAndDeletesProjects() {
        Api.Session user = api.newUser();
        Api.Response created = api.post("/api/v1/projects", user.token(), Map.of("name", "  Bike parts  "));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).hasValue("/api/v1/projects/" + id);
        assertThat(created.json().get("name").asString()).isEqualTo("Bike parts");
        assertThat(created.json().get("currentVersion").asInt()).isZero();

        api.post("/api/v1/projects", user.token(), Map.of("name", "Second"));
        JsonNode list = api.get("/api/v1/projects", user.token()).json();
        assertThat(list.get("totalItems").asInt()).isEqualTo(2);
        assertThat(list.get("items").findValuesAsString("name")).containsExactly("Second", "Bike parts");

        Api.Response renamed = api.patch("/api/v1/projects/" + id, user.token(), Map.of("name", "Bike inventory"));
        assertThat(renamed.json().get("name").asString()).isEqualTo("Bike inventory");
        assertThat(api.get("/api/v1/projects", user.token())
                        .json()
                        .get("items")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Bike inventory");

        assertThat(api.delete("/api/v1/projects/" + id, user.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + id, user.token()).status()).isEqualTo(404);
    }

    @Test
    void rejectsInvalidProjectsAndStoresNothing() {
        Api.Session user = api.newUser();
        long before = count("projects");
        assertThat(api.post("/api/v1/projects", user.token(), Map.of("name", "   "))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/projects", user.token(), Map.of("name", "x".repeat(121)))
                        .status())
                .isEqualTo(400);
        Api.Response control = api.post("/api/v1/projects", user.token(), Map.of("name", "bad\u0000name"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api.post("/api/v1/projects", user.token(), "{\"name\": ").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/projects", user.token(), Map.of()).status())
                .isEqualTo(400);
        assertThat(count("projects")).isEqualTo(before);
    }

    @Test
    void anotherUsersProjectIsNotFoundEverywhereAndLeaksNothing() {
        Api.Session owner = api.newUser();
        Api.Session intruder = api.newUser();
        String id = api.post("/api/v1/projects", owner.token(), Map.of("name", "Private"))
                .json()
                .get("id")
                .asString();
        String missing = "/api/v1/projects/01a20000-0000-7000-8000-000000000000";
        Api.Response notFound = api.get(missing, intruder.token());

        String base = "/api/v1/projects/" + id;
        Api.Response[] attempts = {
            api.get(base, intruder.token()),
            api.patch(base, intruder.token(), Map.of("name", "Mine now")),
            api.delete(base, intruder.token()),
            api.post(
                    base + "/generate",
                    intruder.token(),
                    Map.of("description", "x", "framework", "html", "type", "todo")),
            api.get(base + "/versions", intruder.token()),
            api.get(base + "/generations", intruder.token()),
            api.get(base + "/versions/1/files", intruder.token()),
            api.get(base + "/versions/1/archive.zip", intruder.token())
        };
        for (Api.Response attempt : attempts) {
            assertThat(attempt.status()).isEqualTo(404);
            assertThat(attempt.json().get("detail")).isEqualTo(notFound.json().get("detail"));
        }
        assertThat(api.get(base, owner.token()).json().get("name").asString()).isEqualTo("Private");
        assertThat(api.get("/api/v1/projects", intruder.token())
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    void malformedIdsAreSimplyNotFound() {
        Api.Session user = api.newUser();
        Api.Response response = api.get("/api/v1/projects/not-a-uuid", user.token());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    }
}
