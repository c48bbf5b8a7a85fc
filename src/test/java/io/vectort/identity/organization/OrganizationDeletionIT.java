package io.vectort.identity.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.FakeStripe;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deleting a team organisation (its owner): it is gone for every member, its projects' blobs go
 * through the deletion outbox, its cache goes, its subscription is cancelled, and a Stripe refusal
 * deletes nothing.
 */
class OrganizationDeletionIT extends IntegrationTest {

    private TeamFixtures teams;

    @BeforeEach
    void fixtures() {
        teams = new TeamFixtures(api, jdbc);
    }

    @Test
    void aDeletedOrganizationIsGoneForEveryMemberWithItsBlobsAndSubscription() {
        Api.Session owner = api.newUser();
        Api.Session admin = api.newUser();
        Api.Session member = api.newUser();
        UUID org = teams.team(owner, "Doomed " + UUID.randomUUID());
        teams.join(org, admin, "admin");
        teams.join(org, member, "member");
        String project = teams.exportedProject(owner, org, "Doomed project");
        String subscription = teams.subscribe(owner, org);
        // The response cache keys by organisation id, with no foreign key to cascade along.
        jdbc.sql("insert into cache_settings (scope, similar_prompts) values (:org, true)")
                .param("org", org)
                .update();
        jdbc.sql("""
                        insert into cache_entries (scope, cache_type, hash, body, created_at, expires_at)
                        values (:org, 'chat', 'h', '{}', now(), now() + interval '1 day')""").param("org", org).update();

        Api.Response byAdmin = api.delete("/api/v1/orgs/" + org, admin.token());
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byAdmin.json().get("type").asString()).endsWith("/forbidden-role");
        Api.Response personal = api.delete("/api/v1/orgs/" + owner.userId(), owner.token());
        assertThat(personal.status()).isEqualTo(409);
        assertThat(personal.json().get("type").asString()).endsWith("/personal-organization");

        Api.Response deleted = api.delete("/api/v1/orgs/" + org, owner.token());

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        for (Api.Session who : List.of(owner, admin, member)) {
            assertThat(api.get("/api/v1/orgs/" + org, who.token()).status()).isEqualTo(404);
            Api.Response projectNow = api.send(
                    "GET", "/api/v1/projects/" + project, who.token(), null, "Vectort-Organization", org.toString());
            assertThat(projectNow.status()).isEqualTo(404);
            JsonNode orgs = api.get("/api/v1/orgs", who.token()).json().get("items");
            assertThat(orgs.findValuesAsString("id"))
                    .containsExactly(who.userId().toString());
        }
        assertThat(count("projects", "id", UUID.fromString(project))).isZero();
        assertThat(count("memberships", "org_id", org)).isZero();
        assertThat(count("billing_accounts", "org_id", org)).isZero();
        assertThat(count("cache_settings", "scope", org)).isZero();
        assertThat(count("cache_entries", "scope", org)).isZero();
        assertThat(teams.blobsDeletedOrQueued(org, project)).isTrue();
        assertThat(FakeStripe.cancellationsOf(subscription)).hasSize(1);
        assertThat(FakeStripe.cancellationsOf(subscription).getFirst().authorization())
                .isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
    }

    @Test
    void aStripeRefusalDeletesNothing() {
        Api.Session owner = api.newUser();
        UUID org = teams.team(owner, "Kept " + UUID.randomUUID());
        String project = teams.exportedProject(owner, org, "Kept project");
        String subscription = teams.subscribe(owner, org);
        FakeStripe.failCancellationOf(subscription);

        Api.Response refused = api.delete("/api/v1/orgs/" + org, owner.token());

        assertThat(refused.status()).as(refused.body()).isEqualTo(502);
        assertThat(refused.json().get("type").asString()).endsWith("/payment-provider-error");
        assertThat(api.get("/api/v1/orgs/" + org, owner.token()).status()).isEqualTo(200);
        assertThat(count("projects", "id", UUID.fromString(project))).isEqualTo(1);
        assertThat(TeamFixtures.BLOBS.resolve(TeamFixtures.projectPrefix(org, project)))
                .isDirectory();
        assertThat(jdbc.sql("select count(*) from blob_deletions where prefix = :p")
                        .param("p", TeamFixtures.projectPrefix(org, project))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long count(String table, String column, UUID value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :v")
                .param("v", value)
                .query(Long.class)
                .single();
    }
}
