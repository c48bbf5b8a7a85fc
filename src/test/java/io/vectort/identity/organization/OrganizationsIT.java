package io.vectort.identity.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.identity.audit.AuditLog;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import io.vectort.support.TeamFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Team organisations as their members use them: creation, slugs, roles, removal, the audit log. */
class OrganizationsIT extends IntegrationTest {

    @Autowired
    private AuditLog audit;

    @Test
    void aNewUserActsInTheirPersonalOrganisationWithoutEverNamingIt() {
        Api.Session user = api.newUser();

        JsonNode orgs = api.get("/api/v1/orgs", user.token()).json().get("items");
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).get("id").asString()).isEqualTo(user.userId().toString());
        assertThat(orgs.get(0).get("personal").asBoolean()).isTrue();
        assertThat(orgs.get(0).get("role").asString()).isEqualTo("owner");
        Api.Response me = api.get("/api/v1/auth/me", user.token());
        assertThat(me.json().get("personalOrganizationId").asString())
                .isEqualTo(user.userId().toString());

        Api.Response project = api.post("/api/v1/projects", user.token(), Map.of("name", "Mine"));
        assertThat(project.status()).isEqualTo(201);
        assertThat(api.send(
                                "GET",
                                "/api/v1/projects/" + project.json().get("id").asString(),
                                user.token(),
                                null,
                                "Vectort-Organization",
                                orgs.get(0).get("slug").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTeamIsNamedByIdOrSlugAndItsProjectsAreNotThePersonalOnes() {
        Api.Session owner = api.newUser();
        Api.Response team = api.post("/api/v1/orgs", owner.token(), Map.of("name", "Café Crème Team"));
        assertThat(team.status()).isEqualTo(201);
        String slug = team.json().get("slug").asString();
        assertThat(slug).startsWith("cafe-creme-team");
        assertThat(api.post("/api/v1/orgs", owner.token(), Map.of("name", "Other", "slug", slug))
                        .json()
                        .get("type")
                        .asString())
                .endsWith("/slug-taken");

        api.send(
                "POST",
                "/api/v1/projects",
                owner.token(),
                Map.of("name", "Team project"),
                "Vectort-Organization",
                slug);

        assertThat(names(api.send("GET", "/api/v1/projects", owner.token(), null, "Vectort-Organization", slug)))
                .containsExactly("Team project");
        assertThat(names(api.get("/api/v1/projects", owner.token()))).isEmpty();
        assertThat(api.send(
                                "GET",
                                "/api/v1/projects",
                                owner.token(),
                                null,
                                "Vectort-Organization",
                                team.json().get("id").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aRemovedMemberLosesAccessWithTheTokenTheyAlreadyHave() {
        Api.Session owner = api.newUser();
        Api.Session member = api.newUser();
        String org = team(owner);
        join(org, member, "member");
        String project = api.send(
                        "POST",
                        "/api/v1/projects",
                        owner.token(),
                        Map.of("name", "Shared"),
                        "Vectort-Organization",
                        org)
                .json()
                .get("id")
                .asString();
        assertThat(get(member, "/api/v1/projects/" + project, org).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/orgs/" + org + "/members/" + member.userId(), owner.token())
                        .status())
                .isEqualTo(204);

        Api.Response after = get(member, "/api/v1/projects/" + project, org);
        assertThat(after.status()).isEqualTo(404);
        assertThat(after.json().get("detail").asString()).isEqualTo("Organization not found");
        assertThat(api.get("/api/v1/orgs", member.token()).json().get("items")).hasSize(1);
    }

    @Test
    void anOrganisationAlwaysKeepsAnOwnerEvenWhenTwoOwnersStepDownAtOnce() throws Exception {
        Api.Session first = api.newUser();
        Api.Session second = api.newUser();
        String org = team(first);
        join(org, second, "owner");

        // Each demotes the other at the same moment: one must be refused.
        List<Integer> statuses = Parallel.run(List.<java.util.concurrent.Callable<Integer>>of(
                () -> api.patch(
                                "/api/v1/orgs/" + org + "/members/" + second.userId(),
                                first.token(),
                                Map.of("role", "admin"))
                        .status(),
                () -> api.patch(
                                "/api/v1/orgs/" + org + "/members/" + first.userId(),
                                second.token(),
                                Map.of("role", "admin"))
                        .status()));

        // The loser is refused as the last owner, or, if it arrives after the winner's change, as
        // no longer an owner.
        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).anyMatch(status -> status == 409 || status == 403);
        assertThat(jdbc.sql("select count(*) from memberships where org_id = :org and role = 'owner'")
                        .param("org", UUID.fromString(org))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Api.Session remaining = statuses.get(0) == 200 ? first : second;
        Api.Response leave = api.post("/api/v1/orgs/" + org + "/leave", remaining.token(), null);
        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.json().get("type").asString()).endsWith("/last-owner");
    }

    @Test
    void onlyAnOwnerGrantsOwnership() {
        Api.Session owner = api.newUser();
        Api.Session admin = api.newUser();
        Api.Session member = api.newUser();
        String org = team(owner);
        join(org, admin, "admin");
        join(org, member, "member");

        Api.Response refused = api.patch(
                "/api/v1/orgs/" + org + "/members/" + member.userId(), admin.token(), Map.of("role", "owner"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("requiredRole").asString()).isEqualTo("owner");
        assertThat(api.patch(
                                "/api/v1/orgs/" + org + "/members/" + member.userId(),
                                admin.token(),
                                Map.of("role", "viewer"))
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("viewer");
        assertThat(api.delete("/api/v1/orgs/" + org + "/members/" + owner.userId(), admin.token())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theAuditLogFiltersByActorActionAndTimeAndPages() {
        Api.Session owner = api.newUser();
        Api.Session member = api.newUser();
        String org = team(owner);
        join(org, member, "member");
        api.patch("/api/v1/orgs/" + org + "/members/" + member.userId(), owner.token(), Map.of("role", "viewer"));
        api.patch("/api/v1/orgs/" + org, owner.token(), Map.of("name", "Renamed"));

        JsonNode all = api.get("/api/v1/orgs/" + org + "/audit", owner.token()).json();
        assertThat(actions(all)).startsWith("organization.updated", "member.role_changed");
        assertThat(actions(all)).contains("organization.created");
        JsonNode changed = all.get("items").get(1);
        assertThat(changed.get("actor").get("email").asString()).isEqualTo(owner.email());
        assertThat(changed.get("targetId").asString()).isEqualTo(member.userId().toString());
        assertThat(changed.get("details").get("from").asString()).isEqualTo("member");
        assertThat(changed.get("details").get("to").asString()).isEqualTo("viewer");
        assertThat(changed.get("clientAddress").asString()).isEqualTo(api.clientAddress());
        assertThat(changed.get("requestId").asString()).isNotBlank();

        assertThat(actions(api.get("/api/v1/orgs/" + org + "/audit?action=member.", owner.token())
                        .json()))
                .containsOnly("member.role_changed");
        assertThat(actions(api.get(
                                "/api/v1/orgs/" + org + "/audit?actor="
                                        + owner.email().toUpperCase(java.util.Locale.ROOT),
                                owner.token())
                        .json()))
                .contains("organization.updated")
                .doesNotContain("member.joined");
        assertThat(api.get("/api/v1/orgs/" + org + "/audit?to=2000-01-01", owner.token())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        JsonNode page = api.get("/api/v1/orgs/" + org + "/audit?size=1&page=1", owner.token())
                .json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalItems").asLong())
                .isEqualTo(all.get("totalItems").asLong());
        assertThat(page.get("items").get(0).get("id"))
                .isEqualTo(all.get("items").get(1).get("id"));
        assertThat(api.get("/api/v1/orgs/" + org + "/audit?from=yesterday", owner.token())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void entriesOlderThanTheRetentionAreDeleted() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        jdbc.sql("""
                        insert into audit_log (org_id, occurred_at, action) values
                        (:org, :old, 'test.old'), (:org, now(), 'test.new')""")
                .param("org", UUID.fromString(org))
                .param("old", Timestamp.from(Instant.now().minus(Duration.ofDays(500))))
                .update();

        audit.purgeOlderThan(Instant.now().minus(Duration.ofDays(400)), 1000);

        assertThat(jdbc.sql("select action from audit_log where org_id = :org and action like 'test.%'")
                        .param("org", UUID.fromString(org))
                        .query(String.class)
                        .list())
                .containsExactly("test.new");
    }

    @Test
    void theFirstAccountOfTheInstanceIsItsOnlyFirstPlatformAdmin() {
        assertThat(jdbc.sql("select count(*) from users where platform_admin")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Api.Session later = api.newUser();
        assertThat(api.get("/api/v1/auth/me", later.token())
                        .json()
                        .get("platformAdmin")
                        .asBoolean())
                .isFalse();
    }

    private String team(Api.Session owner) {
        return new TeamFixtures(api, jdbc)
                .team(owner, "Team " + UUID.randomUUID())
                .toString();
    }

    private void join(String org, Api.Session user, String role) {
        new TeamFixtures(api, jdbc).join(UUID.fromString(org), user, role);
    }

    private Api.Response get(Api.Session user, String path, String org) {
        return api.send("GET", path, user.token(), null, "Vectort-Organization", org);
    }

    private static List<String> names(Api.Response projects) {
        return projects.json().get("items").findValuesAsString("name");
    }

    private static List<String> actions(JsonNode page) {
        return page.get("items").findValuesAsString("action");
    }
}
