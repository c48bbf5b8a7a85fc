package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.FakeGitHub;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import io.vectort.support.TestGitServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The authorisation matrix: every organisation-scoped operation of the served OpenAPI document,
 * called by an owner, an admin, a member and a viewer of a team, by a signed-in stranger naming
 * that team, and by the owner of another organisation using the team's resource ids. Allowed
 * answers 2xx; a role too low answers 403 {@code forbidden-role}; everybody else gets a 404 that
 * reads exactly like the 404 of an id that never existed.
 */
class RoleMatrixIT extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> ROLES = List.of("owner", "admin", "member", "viewer");

    /** Bodies of the operations that need one; an operation missing here fails the matrix. */
    private static final Map<String, Object> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/projects", Map.of("name", "Matrix")),
            Map.entry("PATCH /api/v1/projects/{id}", Map.of("description", "changed")),
            Map.entry("POST /api/v1/projects/{projectId}/generate", Generations.request("A page", "html", "landing")),
            Map.entry("POST /api/v1/projects/{id}/versions/{version}/restore", ""),
            Map.entry("POST /api/v1/projects/{id}/versions/{version}/preview", ""),
            Map.entry("POST /api/v1/projects/{id}/export/zip", Map.of("version", 1)),
            Map.entry("POST /api/v1/generations/{id}/cancel", ""),
            Map.entry("POST /api/v1/keys", Map.of("name", "matrix")),
            Map.entry("PATCH /api/v1/keys/{id}", Map.of("dailyBudgetCredits", 5)),
            Map.entry("POST /api/v1/orgs/{org}/invitations", Map.of("email", "invitee@example.com", "role", "member")),
            Map.entry("PUT /api/v1/cache/settings", Map.of("similar_prompts", false)),
            Map.entry("DELETE /api/v1/cache", ""),
            Map.entry("POST /api/v1/credits/purchase", Map.of("pack", "credits-10")),
            Map.entry("PATCH /api/v1/orgs/{org}", Map.of("name", "Renamed team")),
            Map.entry("PUT /api/v1/orgs/{org}/mfa-policy", Map.of("policy", "none")),
            Map.entry("PATCH /api/v1/orgs/{org}/members/{userId}", Map.of("role", "member")),
            Map.entry("POST /api/v1/orgs/{org}/leave", ""),
            Map.entry(
                    "POST /api/v1/projects/{id}/versions/{version}/push",
                    Map.of("remoteUrl", TestGitServer.url("matrix"), "token", TestGitServer.WRITE_TOKEN)),
            Map.entry("PUT /api/v1/orgs/{org}/connections/{kind}", Map.of("token", "matrix-token-0001")),
            // Netlify with the operator's token (the fake host's): every deployment of it goes live.
            Map.entry("POST /api/v1/projects/{id}/versions/{version}/deployments", Map.of("platform", "netlify")));

    /**
     * Operations whose allowed callers get this problem in the suite's context, which lacks what they
     * need (no GitHub OAuth app). The controller answers it after the access check passed, so it
     * still proves the role was accepted.
     */
    private static final Map<String, String> UNCONFIGURED_HERE =
            Map.of("POST /api/v1/orgs/{org}/connections/github/authorize", "github-oauth-not-configured");

    /** Operations that consume what they act on: each call gets a world of its own. */
    private static final Set<String> DESTRUCTIVE = Set.of(
            "DELETE /api/v1/projects/{id}",
            "POST /api/v1/projects/{projectId}/generate",
            "POST /api/v1/generations/{id}/cancel",
            "DELETE /api/v1/keys/{id}",
            "DELETE /api/v1/orgs/{org}/invitations/{id}",
            "DELETE /api/v1/orgs/{org}",
            "PATCH /api/v1/orgs/{org}/members/{userId}",
            "DELETE /api/v1/orgs/{org}/members/{userId}",
            "POST /api/v1/orgs/{org}/leave");

    private final Map<String, Api.Session> people = new LinkedHashMap<>();
    private TeamFixtures fixtures;
    private Api.Session stranger;
    private Api.Session otherOwner;
    private Api.Session coOwner;
    private Api.Session target;

    @TestFactory
    List<DynamicTest> everyOrganisationOperationAnswersEachRoleAsDeclared() {
        fixtures = new TeamFixtures(api, jdbc);
        for (String role : ROLES) {
            people.put(role, api.newUser());
        }
        stranger = api.newUser();
        otherOwner = api.newUser();
        coOwner = api.newUser();
        target = api.newUser();
        World shared = world(true);
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            tests.add(DynamicTest.dynamicTest(operation.key(), () -> check(operation, shared)));
        }
        assertThat(tests).as("organisation-scoped operations").hasSizeGreaterThan(30);
        return tests;
    }

    @Test
    void everyApiOperationDeclaresWhatItNeeds() {
        JsonNode paths = api.get("/api/docs/openapi.json", null).json().get("paths");
        List<String> undeclared = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String access = method.getValue().path("x-vectort-access").asString("");
                if (!access.matches("public|user|platform-admin|org:(owner|admin|member|viewer)")) {
                    undeclared.add(method.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyPlatformAdminOperationIsNoSuchRouteForAnyoneElse() {
        Api.Session someone = api.newUser();
        if (api.get("/api/v1/auth/me", someone.token())
                .json()
                .get("platformAdmin")
                .asBoolean()) {
            someone = api.newUser(); // The first account of a fresh database becomes the platform admin.
        }
        JsonNode paths = api.get("/api/docs/openapi.json", null).json().get("paths");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!method.getValue().path("x-vectort-access").asString("").equals("platform-admin")) {
                    continue;
                }
                String concrete =
                        path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                String verb = method.getKey().toUpperCase(java.util.Locale.ROOT);
                Api.Response response = api.send(verb, concrete, someone.token(), verb.equals("GET") ? null : Map.of());
                assertThat(response.status())
                        .as(verb + " " + concrete + ": " + response.body())
                        .isEqualTo(404);
                assertThat(response.json().get("detail").asString()).isEqualTo("Route not found");
                operations.add(verb + " " + path.getKey());
            }
        }
        // The console (overview, generations, features, health, organisations), SMS spend, recovery links.
        assertThat(operations).hasSizeGreaterThanOrEqualTo(13);
    }

    private void check(Operation operation, World shared) {
        String required = operation.role();
        for (String role : ROLES) {
            World world = DESTRUCTIVE.contains(operation.key()) ? world(false) : shared;
            Api.Response response = call(operation, world, world.ids(), people.get(role), world.orgId.toString());
            if (allowed(role, required) && UNCONFIGURED_HERE.containsKey(operation.key())) {
                assertThat(response.status())
                        .as("%s as %s: %s", operation.key(), role, response.body())
                        .isEqualTo(409);
                assertThat(response.json().get("type").asString())
                        .endsWith("/" + UNCONFIGURED_HERE.get(operation.key()));
            } else if (allowed(role, required)) {
                assertThat(response.status())
                        .as("%s as %s: %s", operation.key(), role, response.body())
                        .isBetween(200, 299);
            } else {
                assertThat(response.status())
                        .as("%s as %s: %s", operation.key(), role, response.body())
                        .isEqualTo(403);
                assertThat(response.json().get("type").asString()).endsWith("/forbidden-role");
                assertThat(response.json().get("requiredRole").asString()).isEqualTo(required);
            }
        }
        World world = DESTRUCTIVE.contains(operation.key()) ? world(false) : shared;
        Api.Response strangers = call(operation, world, world.ids(), stranger, world.orgId.toString());
        assertThat(strangers.status())
                .as("%s by a non-member: %s", operation.key(), strangers.body())
                .isEqualTo(404);
        assertThat(strangers.json().get("detail").asString()).isEqualTo("Organization not found");
        if (operation.hasResourceId()) {
            // The other organisation's owner, acting in their own organisation, with the team's ids.
            Map<String, String> ids = new LinkedHashMap<>(world.ids());
            ids.put("org", otherOwner.userId().toString());
            Api.Response foreign =
                    call(operation, world, ids, otherOwner, otherOwner.userId().toString());
            assertThat(foreign.status())
                    .as("%s on another organisation's resource: %s", operation.key(), foreign.body())
                    .isEqualTo(404);
            Map<String, String> missing = new LinkedHashMap<>(ids);
            operation
                    .resourceVariables()
                    .forEach(name -> missing.put(
                            Operation.resourceOf(operation.path(), name),
                            UUID.randomUUID().toString()));
            Api.Response nonexistent = call(
                    operation, world, missing, otherOwner, otherOwner.userId().toString());
            assertThat(foreign.status()).isEqualTo(nonexistent.status());
            assertThat(foreign.json().get("detail"))
                    .isEqualTo(nonexistent.json().get("detail"));
            assertThat(foreign.json().get("type")).isEqualTo(nonexistent.json().get("type"));
        }
    }

    private Api.Response call(
            Operation operation, World world, Map<String, String> ids, Api.Session caller, String orgHeader) {
        Matcher matcher = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = ids.get(Operation.resourceOf(operation.path(), matcher.group(1)));
            assertThat(value)
                    .as("a value for {%s} in %s", matcher.group(1), operation.key())
                    .isNotNull();
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        assertThat(BODIES.containsKey(operation.key()) || !operation.needsBody())
                .as("a sample body for %s", operation.key())
                .isTrue();
        Object body = BODIES.get(operation.key());
        if ("".equals(body)) {
            body = null;
        }
        return api.send(
                operation.method(),
                path.toString(),
                caller.token(),
                body,
                "Vectort-Organization",
                orgHeader,
                "Accept",
                operation.path().endsWith("/events") ? "text/event-stream" : "*/*");
    }

    private static boolean allowed(String role, String required) {
        return ROLES.indexOf(role) <= ROLES.indexOf(required);
    }

    /**
     * A team with each role, a project with one finished version, a running generation (destructive
     * worlds only), an API key and an extra member to act on. The shared world's generation has
     * finished, so cancelling it is not tested there.
     */
    private World world(boolean shared) {
        Api.Session owner = people.get("owner");
        UUID orgId;
        if (shared) {
            Api.Response created = api.post("/api/v1/orgs", owner.token(), Map.of("name", "Matrix team"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            orgId = UUID.fromString(created.json().get("id").asString());
        } else {
            // Straight into the database: one person may create only a few organisations.
            orgId = UUID.randomUUID();
            jdbc.sql("insert into organizations (id, name, slug) values (:id, 'Matrix', :slug)")
                    .param("id", orgId)
                    .param("slug", "matrix-" + orgId)
                    .update();
            fixtures.join(orgId, owner, "owner");
        }
        for (String role : List.of("admin", "member", "viewer")) {
            fixtures.join(orgId, people.get(role), role);
        }
        // A second owner, so that the owner may leave.
        fixtures.join(orgId, coOwner, "owner");
        fixtures.join(orgId, target, "viewer");
        String header = orgId.toString();
        Api.Response project = api.send(
                "POST", "/api/v1/projects", owner.token(), Map.of("name", "Shared"), "Vectort-Organization", header);
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        String projectId = project.json().get("id").asString();
        String generationId;
        if (shared) {
            Api.Response accepted = api.send(
                    "POST",
                    "/api/v1/projects/" + projectId + "/generate",
                    owner.token(),
                    Generations.request("A todo list", "html", "todo"),
                    "Vectort-Organization",
                    header);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            generationId = accepted.json().get("id").asString();
            awaitFinished(owner, header, generationId);
        } else {
            // On a project of its own: the main project stays free for new generations.
            Api.Response busy = api.send(
                    "POST", "/api/v1/projects", owner.token(), Map.of("name", "Busy"), "Vectort-Organization", header);
            generationId = Generations.insertRunning(
                            jdbc, orgId, busy.json().get("id").asString())
                    .toString();
        }
        Api.Response key = api.send(
                "POST", "/api/v1/keys", owner.token(), Map.of("name", "matrix"), "Vectort-Organization", header);
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        // Straight into the database: invitations sent through the API are limited per hour.
        UUID invitationId = UUID.randomUUID();
        jdbc.sql("""
                        insert into invitations (id, org_id, email, email_normalized, role, token_hash, expires_at)
                        values (:id, :org, 'pending@example.com', 'pending@example.com', 'member', :hash,
                            now() + interval '1 day')""")
                .param("id", invitationId)
                .param("org", orgId)
                .param("hash", UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .update();
        String pushId = UUID.randomUUID().toString();
        if (shared) {
            // A push of the finished version (its job ends, the repository does not exist), and GitHub
            // connected, for the repository picker.
            Api.Response push = api.send(
                    "POST",
                    "/api/v1/projects/" + projectId + "/versions/1/push",
                    owner.token(),
                    Map.of("remoteUrl", TestGitServer.url("matrix"), "token", TestGitServer.WRITE_TOKEN),
                    "Vectort-Organization",
                    header);
            assertThat(push.status()).as(push.body()).isEqualTo(202);
            pushId = push.json().get("id").asString();
            Api.Response github = api.send(
                    "PUT",
                    "/api/v1/orgs/" + orgId + "/connections/github",
                    owner.token(),
                    Map.of("token", FakeGitHub.TOKEN));
            assertThat(github.status()).as(github.body()).isEqualTo(200);
        }
        String deploymentId = UUID.randomUUID().toString();
        if (shared) {
            // A deployment that went live, so that it can be redeployed and rolled back to.
            Api.Response deployment = api.send(
                    "POST",
                    "/api/v1/projects/" + projectId + "/versions/1/deployments",
                    owner.token(),
                    Map.of("platform", "netlify"),
                    "Vectort-Organization",
                    header);
            assertThat(deployment.status()).as(deployment.body()).isEqualTo(202);
            deploymentId = deployment.json().get("id").asString();
            awaitLive(owner, header, projectId, deploymentId);
        }
        return new World(
                orgId,
                projectId,
                generationId,
                key.json().get("id").asString(),
                target.userId(),
                invitationId,
                pushId,
                deploymentId);
    }

    private void awaitLive(Api.Session owner, String header, String projectId, String deploymentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Api.Response deployment = api.send(
                    "GET",
                    "/api/v1/projects/" + projectId + "/deployments/" + deploymentId,
                    owner.token(),
                    null,
                    "Vectort-Organization",
                    header);
            last = deployment.body();
            if (deployment.json().get("status").asString().equals("ready")) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the shared world's deployment did not go live: " + last);
    }

    /** Waits for the shared world's generation; other suites may keep the job engine busy for a while. */
    private void awaitFinished(Api.Session owner, String header, String generationId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Api.Response generation = api.send(
                    "GET", "/api/v1/generations/" + generationId, owner.token(), null, "Vectort-Organization", header);
            last = generation.body();
            String status = generation.json().get("status").asString();
            if (status.equals("succeeded")) {
                return;
            }
            assertThat(status).as(last).isIn("queued", "running");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the shared world's generation did not finish: " + last);
    }

    private List<Operation> operations() {
        JsonNode paths = api.get("/api/docs/openapi.json", null).json().get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String access = method.getValue().path("x-vectort-access").asString("");
                if (access.startsWith("org:")) {
                    operations.add(new Operation(
                            method.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            access.substring(4),
                            method.getValue().has("requestBody")
                                    && method.getValue()
                                            .path("requestBody")
                                            .path("required")
                                            .asBoolean(false)));
                }
            }
        }
        return operations;
    }

    private record World(
            UUID orgId,
            String projectId,
            String generationId,
            String keyId,
            UUID targetMember,
            UUID invitationId,
            String pushId,
            String deploymentId) {

        Map<String, String> ids() {
            return Map.ofEntries(
                    Map.entry("org", orgId.toString()),
                    Map.entry("project", projectId),
                    Map.entry("version", "1"),
                    Map.entry("path", ""),
                    Map.entry("member", targetMember.toString()),
                    Map.entry("generation", generationId),
                    Map.entry("key", keyId),
                    Map.entry("invitation", invitationId.toString()),
                    Map.entry("pushId", pushId),
                    Map.entry("deploymentId", deploymentId),
                    Map.entry("kind", "netlify"));
        }
    }

    private record Operation(String method, String path, String role, boolean needsBody) {

        String key() {
            return method + " " + path;
        }

        /** Path variables that name a resource (other than the organisation itself). */
        List<String> resourceVariables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                if (!Set.of("org", "version", "path", "kind").contains(matcher.group(1))) {
                    names.add(matcher.group(1));
                }
            }
            return names;
        }

        /** Which resource a path variable names: {@code {id}} depends on the collection it follows. */
        static String resourceOf(String path, String variable) {
            return switch (variable) {
                case "projectId" -> "project";
                case "userId" -> "member";
                case "id" -> {
                    if (path.startsWith("/api/v1/generations/")) {
                        yield "generation";
                    }
                    if (path.startsWith("/api/v1/keys/")) {
                        yield "key";
                    }
                    if (path.contains("/invitations/")) {
                        yield "invitation";
                    }
                    yield "project";
                }
                default -> variable;
            };
        }

        boolean hasResourceId() {
            return !resourceVariables().isEmpty();
        }
    }
}
