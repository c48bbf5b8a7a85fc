package io.vectort.identity.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.FakeStripe;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deleting an account: what is only theirs goes (blobs through the deletion outbox, subscriptions
 * cancelled at Stripe), the teams they leave keep an anonymised trail, and their tokens stop working.
 */
class AccountDeletionIT extends IntegrationTest {

    private static final Path BLOBS = TeamFixtures.BLOBS;

    private TeamFixtures teams;

    @BeforeEach
    void fixtures() {
        teams = new TeamFixtures(api, jdbc);
    }

    @Test
    void theLastOwnerOfATeamWithMembersIsRefusedThenEverythingOnlyTheirsIsDeleted() {
        Api.Session owner = api.newUser();
        Api.Session teammate = api.newUser();
        String acmeName = "Acme " + UUID.randomUUID();
        UUID acme = teams.team(owner, acmeName);
        teams.join(acme, teammate, "member");
        UUID solo = teams.team(owner, "Solo " + UUID.randomUUID());
        String personalProject = teams.exportedProject(owner, null, "Personal things");
        String soloProject = teams.exportedProject(owner, solo, "Solo things");
        String acmeProject = teams.exportedProject(owner, acme, "Team things");
        String personalSubscription = teams.subscribe(owner, null);
        String soloSubscription = teams.subscribe(owner, solo);
        assertThat(api.post("/api/v1/assistant/tasks", owner.token(), Map.of("title", "Secret errand"))
                        .status())
                .isEqualTo(201);

        Api.Response wrongEmail = deleteAccount(owner, Map.of("confirmEmail", "someone-else@example.com"));
        assertThat(wrongEmail.status()).isEqualTo(400);
        assertThat(wrongEmail.json().get("errors").get(0).get("field").asString())
                .isEqualTo("confirmEmail");
        assertThat(deleteAccount(owner, null).status()).isEqualTo(400);

        Api.Response lastOwner = deleteAccount(owner, Map.of("confirmEmail", owner.email()));

        assertThat(lastOwner.status()).as(lastOwner.body()).isEqualTo(409);
        assertThat(lastOwner.header("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = lastOwner.json();
        assertThat(problem.get("type").asString()).endsWith("/last-owner");
        assertThat(problem.get("detail").asString()).contains(acmeName).doesNotContain("Solo");
        assertThat(problem.get("organizations").get(0).get("id").asString()).isEqualTo(acme.toString());
        // Nothing happened.
        assertThat(exists("users", owner.userId())).isTrue();
        assertThat(exists("organizations", solo)).isTrue();
        assertThat(exists("projects", UUID.fromString(personalProject))).isTrue();
        assertThat(FakeStripe.cancellationsOf(personalSubscription)).isEmpty();
        assertThat(FakeStripe.cancellationsOf(soloSubscription)).isEmpty();
        assertThat(api.get("/api/v1/auth/me", owner.token()).status()).isEqualTo(200);

        assertThat(api.patch(
                                "/api/v1/orgs/" + acme + "/members/" + teammate.userId(),
                                owner.token(),
                                Map.of("role", "owner"))
                        .status())
                .isEqualTo(200);
        Api.Response deleted =
                deleteAccount(owner, Map.of("confirmEmail", owner.email().toUpperCase()));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(exists("users", owner.userId())).isFalse();
        assertThat(exists("organizations", owner.userId())).isFalse();
        assertThat(exists("organizations", solo)).isFalse();
        assertThat(exists("projects", UUID.fromString(personalProject))).isFalse();
        assertThat(exists("projects", UUID.fromString(soloProject))).isFalse();
        assertThat(exists("projects", UUID.fromString(acmeProject))).isTrue();
        assertThat(teams.blobsDeletedOrQueued(owner.userId(), personalProject)).isTrue();
        assertThat(teams.blobsDeletedOrQueued(solo, soloProject)).isTrue();
        assertThat(BLOBS.resolve(TeamFixtures.projectPrefix(acme, acmeProject))).isDirectory();
        assertThat(FakeStripe.cancellationsOf(personalSubscription)).hasSize(1);
        assertThat(FakeStripe.cancellationsOf(soloSubscription)).hasSize(1);
        assertThat(countWhere("assistant_tasks", "user_id", owner.userId())).isZero();
        assertThat(countWhere("memberships", "user_id", owner.userId())).isZero();
        assertThat(countWhere("refresh_tokens", "user_id", owner.userId())).isZero();
        assertThat(countWhere("audit_log", "actor_id", owner.userId())).isZero();

        // The team keeps its history, without saying who it was.
        List<Map<String, Object>> trail = jdbc.sql(
                        "select actor_email, action, details::text as details, target_id from audit_log where org_id = :org")
                .param("org", acme)
                .query()
                .listOfRows();
        assertThat(trail.toString())
                .doesNotContain(owner.email())
                .doesNotContain(owner.userId().toString());
        assertThat(trail)
                .anySatisfy(entry -> {
                    assertThat(entry.get("action")).isEqualTo("member.left");
                    assertThat(entry.get("actor_email")).isEqualTo("deleted user");
                    assertThat((String) entry.get("details")).contains("account.deleted");
                })
                .anySatisfy(entry -> {
                    assertThat(entry.get("action")).isEqualTo("organization.created");
                    assertThat(entry.get("actor_email")).isEqualTo("deleted user");
                });
        JsonNode acmeNow = api.get("/api/v1/orgs/" + acme, teammate.token()).json();
        assertThat(acmeNow.get("memberCount").asInt()).isEqualTo(1);
        assertThat(acmeNow.get("role").asString()).isEqualTo("owner");

        // Tokens issued before stop working at once.
        assertThat(api.get("/api/v1/auth/me", owner.token()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/me/export", owner.token(), null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken()))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/projects", owner.token()).status()).isEqualTo(404);
    }

    @Test
    void aStripeRefusalKeepsTheAccountWhole() {
        Api.Session user = api.newUser();
        String project = teams.exportedProject(user, null, "Kept");
        String subscription = teams.subscribe(user, null);
        FakeStripe.failCancellationOf(subscription);

        Api.Response refused = deleteAccount(user, Map.of("confirmEmail", user.email()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(502);
        assertThat(refused.json().get("type").asString()).endsWith("/payment-provider-error");
        assertThat(FakeStripe.cancellationsOf(subscription)).hasSize(1);
        assertThat(exists("users", user.userId())).isTrue();
        assertThat(exists("organizations", user.userId())).isTrue();
        assertThat(exists("projects", UUID.fromString(project))).isTrue();
        assertThat(BLOBS.resolve(TeamFixtures.projectPrefix(user.userId(), project)))
                .isDirectory();
        assertThat(jdbc.sql("select count(*) from blob_deletions where prefix like :p")
                        .param("p", "users/" + user.userId() + "/%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.get("/api/v1/auth/me", user.token()).status()).isEqualTo(200);
    }

    @Test
    void aSubscriptionStripeNoLongerKnowsDoesNotBlockTheDeletion() {
        Api.Session user = api.newUser();
        String subscription = teams.subscribe(user, null);
        FakeStripe.forgetSubscription(subscription);

        Api.Response deleted = deleteAccount(user, Map.of("confirmEmail", user.email()));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(FakeStripe.cancellationsOf(subscription)).hasSize(1);
        assertThat(exists("users", user.userId())).isFalse();
    }

    @Test
    void theExportsOfADeletedAccountGoWithIt() {
        Api.Session user = api.newUser();
        String id = api.post("/api/v1/me/export", user.token(), null)
                .json()
                .get("id")
                .asString();
        String url = awaitReady(user, id);
        Path archive = BLOBS.resolve("exports/users/" + user.userId() + "/" + id + ".zip");
        assertThat(archive).isRegularFile();

        assertThat(deleteAccount(user, Map.of("confirmEmail", user.email())).status())
                .isEqualTo(204);

        assertThat(archive).doesNotExist();
        assertThat(countWhere("data_exports", "user_id", user.userId())).isZero();
        assertThat(api.get(url, null).status()).isEqualTo(404);
    }

    private Api.Response deleteAccount(Api.Session user, @Nullable Map<String, String> body) {
        return api.send("DELETE", "/api/v1/me", user.token(), body);
    }

    private boolean exists(String table, UUID id) {
        return countWhere(table, "id", id) > 0;
    }

    private long countWhere(String table, String column, UUID value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :v")
                .param("v", value)
                .query(Long.class)
                .single();
    }

    private String awaitReady(Api.Session user, String id) {
        Instant deadline = Instant.now().plusSeconds(60);
        do {
            JsonNode export = api.get("/api/v1/me/export/" + id, user.token()).json();
            if (export.get("status").asString().equals("ready")) {
                return export.get("downloadUrl").asString();
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("export " + id + " not ready after 60 s");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
