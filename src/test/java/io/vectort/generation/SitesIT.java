package io.vectort.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Built-in hosting: a version published at /sites/{organisation}/{site}/, served as a preview is. */
class SitesIT extends IntegrationTest {

    private Generations generations;
    private Api.Session user;

    @BeforeEach
    void setUp() {
        generations = new Generations(api);
        user = api.newUser();
    }

    @Test
    void publishesAVersionAtAStableAddressThatAnyoneCanOpenInThePreviewSandbox() {
        double publishedBefore = api.metric("vectort_deployments_total", "platform=\"vectort\",status=\"published\"");
        String project = projectWith("test-chunky", "Bike Parts Shop");

        Api.Response published = publish(project, "1", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        JsonNode site = published.json();
        assertThat(site.get("slug").asString()).isEqualTo("bike-parts-shop");
        assertThat(site.get("status").asString()).isEqualTo("ready");
        assertThat(site.get("version").asInt()).isEqualTo(1);
        String url = site.get("url").asString();
        assertThat(url).matches("/sites/p-[0-9a-f]{32}/bike-parts-shop/");

        // No token: a published site is public.
        Api.Response page = api.get(url, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Bike Parts Shop</title>");
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).startsWith("sandbox allow-scripts").doesNotContain("allow-same-origin"));
        assertThat(page.header("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.header("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
        assertThat(api.get(url + "src/app.js", null).body()).isEqualTo("console.log('hello');\n");
        // Client-side routes answer the index; a missing asset is a 404.
        assertThat(api.get(url + "some/route", null).body()).contains("<title>Bike Parts Shop</title>");
        assertThat(api.get(url + "missing.js", null).status()).isEqualTo(404);

        // Browsers revalidate: an unchanged version answers 304.
        String etag = page.header("ETag").orElseThrow();
        assertThat(api.send("GET", url, null, null, "If-None-Match", etag).status())
                .isEqualTo(304);

        // The folder's address without its slash redirects, so relative links resolve.
        Api.Response bare = api.get(url.substring(0, url.length() - 1), null);
        assertThat(bare.status()).isEqualTo(301);
        assertThat(bare.header("Location")).hasValue(url);
        // Whatever a visitor types there, the redirect stays on this server and is a valid URL.
        Api.Response odd = api.get("/sites/no%20such/site%20name", null);
        assertThat(odd.status()).isEqualTo(301);
        assertThat(odd.header("Location")).hasValue("/sites/no%20such/site%20name/");
        assertThat(api.get("/sites/no%20such/site%20name/", null).status()).isEqualTo(404);

        assertThat(api.get("/api/v1/projects/" + project + "/site", user.token())
                        .json()
                        .get("url")
                        .asString())
                .isEqualTo(url);
        assertThat(api.metric("vectort_deployments_total", "platform=\"vectort\",status=\"published\""))
                .isEqualTo(publishedBefore + 1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'site.published' and target_id = :project")
                        .param("project", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void publishingAnotherVersionReplacesTheSiteAtTheSameAddressAndUnpublishingTakesItDown() {
        String project = projectWith("test-chunky", "Recipe Book");
        String url = publish(project, "1", null).json().get("url").asString();
        String firstEtag = api.get(url, null).header("ETag").orElseThrow();
        assertThat(api.post("/api/v1/projects/" + project + "/versions/1/restore", user.token(), null)
                        .status())
                .isEqualTo(201);
        generations.awaitFinished(
                user,
                generations
                        .submit(user, project, Generations.request("Recipe Book v3", "test-chunky"))
                        .get("id")
                        .asString());

        JsonNode replaced = publish(project, "latest", null).json();
        assertThat(replaced.get("version").asInt()).isEqualTo(3);
        assertThat(replaced.get("url").asString()).isEqualTo(url);
        Api.Response page = api.get(url, null);
        assertThat(page.body()).contains("<title>Recipe Book v3</title>");
        assertThat(page.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(firstEtag));

        assertThat(api.delete("/api/v1/projects/" + project + "/site", user.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.get(url, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + project + "/site", user.token())
                        .status())
                .isEqualTo(404);
        // Idempotent: taking down a site that is down changes nothing, and is not audited twice.
        assertThat(api.delete("/api/v1/projects/" + project + "/site", user.token())
                        .status())
                .isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'site.unpublished' and target_id = :project")
                        .param("project", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSiteMayBeRenamedButNotToAnotherProjectsNameOrAnInvalidOne() {
        String first = projectWith("test-chunky", "Garden Planner");
        String second = projectWith("test-chunky", "Garden Planner");
        assertThat(publish(first, "1", null).json().get("slug").asString()).isEqualTo("garden-planner");
        // The same name again is numbered.
        assertThat(publish(second, "1", null).json().get("slug").asString()).isEqualTo("garden-planner-2");

        Api.Response taken = publish(second, "1", "garden-planner");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).endsWith("/site-slug-taken");
        Api.Response invalid = publish(second, "1", "Not a slug!");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).hasValue("application/problem+json");

        JsonNode renamed = publish(second, "1", "my-garden").json();
        assertThat(renamed.get("url").asString()).endsWith("/my-garden/");
        assertThat(api.get(renamed.get("url").asString(), null).status()).isEqualTo(200);
        // The old address is free again, and no longer serves anything.
        assertThat(api.get(renamed.get("url").asString().replace("my-garden", "garden-planner-2"), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aVersionWithNoPageToShowIsRefusedAndNothingIsStored() {
        String project = projectWith("test-express", "API");
        Api.Response refused = publish(project, "1", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/site-unavailable");
        assertThat(refused.json().get("reason").asString()).contains("npm start");
        assertThat(jdbc.sql("select count(*) from published_sites where project_id = :project")
                        .param("project", UUID.fromString(project))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(publish(project, "7", null).status()).isEqualTo(404);
        assertThat(publish(project, "seven", null).status()).isEqualTo(404);
    }

    @Test
    void onlyMembersOfTheProjectsOrganisationMayPublishAndViewersMayNot() {
        TeamFixtures teams = new TeamFixtures(api, jdbc);
        UUID team = teams.team(user, "Atelier");
        String project = teams.exportedProject(user, team, "Team Site");
        Api.Session viewer = api.newUser();
        teams.join(team, viewer, "viewer");
        Api.Session stranger = api.newUser();

        Api.Response byViewer = api.send(
                "POST",
                "/api/v1/projects/" + project + "/versions/1/publish",
                viewer.token(),
                null,
                "Vectort-Organization",
                team.toString());
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(publish(project, "1", null).status())
                .as("from the personal organisation")
                .isEqualTo(404);
        assertThat(api.post("/api/v1/projects/" + project + "/versions/1/publish", stranger.token(), null)
                        .status())
                .isEqualTo(404);

        Api.Response byOwner = api.send(
                "POST",
                "/api/v1/projects/" + project + "/versions/1/publish",
                user.token(),
                null,
                "Vectort-Organization",
                team.toString());
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        assertThat(byOwner.json().get("url").asString()).startsWith("/sites/atelier/team-site/");
        assertThat(api.send(
                                "GET",
                                "/api/v1/projects/" + project + "/site",
                                viewer.token(),
                                null,
                                "Vectort-Organization",
                                team.toString())
                        .status())
                .isEqualTo(200);
        assertThat(api.send(
                                "DELETE",
                                "/api/v1/projects/" + project + "/site",
                                viewer.token(),
                                null,
                                "Vectort-Organization",
                                team.toString())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aViteProjectIsBuiltBeforeItsSiteAnswers() {
        assumeTrue(Generations.npmAvailable(), "npm is not installed: Vite projects cannot be built here");
        String project = projectWith("test-vite", "Vite preview");
        JsonNode site = publish(project, "1", null).json();
        String url = site.get("url").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        Api.Response page = api.get(url, null);
        while (page.status() == 503 && Instant.now().isBefore(deadline)) {
            assertThat(page.header("Retry-After")).hasValue("10");
            sleep();
            page = api.get(url, null);
        }
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Vite preview</title>");
        String asset = page.body().replaceAll("(?s).*src=\"\\./(assets/[^\"]+\\.js)\".*", "$1");
        assertThat(api.get(url + asset, null).body()).contains("Built by Vite: Vite preview");
        assertThat(api.get("/api/v1/projects/" + project + "/site", user.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ready");
    }

    private Api.Response publish(String project, String version, String slug) {
        return api.post(
                "/api/v1/projects/" + project + "/versions/" + version + "/publish",
                user.token(),
                slug == null ? null : Map.of("slug", slug));
    }

    private String projectWith(String model, String description) {
        return generations.projectWith(user, model, description);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
