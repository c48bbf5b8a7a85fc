package io.vectort.identity.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Invitations on an instance without SMTP (the shared test context configures none): the inviter
 * gets the link, and everything about the link holds without an email. {@link InvitationEmailIT}
 * covers the email.
 */
class InvitationIT extends IntegrationTest {

    @Test
    void withoutSmtpTheInviterGetsTheLinkAndNoEmailIsSent() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();

        Api.Response response = invite(owner, org, invited.email(), "member");

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("emailSent").asBoolean()).isFalse();
        assertThat(body.get("email").asString()).isEqualTo(invited.email());
        assertThat(body.get("role").asString()).isEqualTo("member");
        assertThat(body.get("invitedBy").asString()).isEqualTo(owner.email());
        assertThat(body.get("expiresAt").asString()).isNotBlank();
        assertThat(body.get("createdAt").asString()).isNotBlank();
        // No VECTORT_PUBLIC_URL in the tests: the link points where the admin sent the request.
        assertThat(body.get("acceptUrl").asString())
                .matches("http://127\\.0\\.0\\.1:" + port + "/invitations/[A-Za-z0-9_-]{43}");

        String token = token(response);
        Map<String, Object> stored = jdbc.sql("""
                        select status, extract(epoch from expires_at - created_at)::bigint as ttl_seconds,
                               token_hash = sha256(convert_to(:token, 'UTF8')) as hashed
                        from invitations where id = :id""")
                .param("token", token)
                .param("id", UUID.fromString(body.get("id").asString()))
                .query()
                .singleRow();
        assertThat(stored.get("status")).isEqualTo("pending");
        assertThat(stored.get("ttl_seconds")).isEqualTo(7L * 24 * 3600);
        assertThat(stored.get("hashed")).isEqualTo(true);
        assertThat(count("invitations i where i::text like '%' || '" + token + "' || '%'"))
                .as("the token itself is stored nowhere")
                .isZero();

        Api.Response accepted = api.post("/api/v1/invitations/" + token + "/accept", invited.token(), null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("id").asString()).isEqualTo(org);
        assertThat(accepted.json().get("role").asString()).isEqualTo("member");
        assertThat(accepted.json().get("memberCount").asInt()).isEqualTo(2);
    }

    @Test
    void listsPendingInvitationsWithoutTokensAndWithdrawsThem() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Response first = invite(owner, org, "first-" + UUID.randomUUID() + "@example.com", "viewer");
        Api.Response second = invite(owner, org, "second-" + UUID.randomUUID() + "@example.com", "admin");

        Api.Response list = api.get("/api/v1/orgs/" + org + "/invitations", owner.token());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsString("id"))
                .containsExactly(
                        second.json().get("id").asString(),
                        first.json().get("id").asString());
        assertThat(list.body()).doesNotContain(token(first)).doesNotContain("acceptUrl");
        assertThat(list.json().get("items").get(0).get("invitedBy").asString()).isEqualTo(owner.email());

        String id = first.json().get("id").asString();
        assertThat(api.delete("/api/v1/orgs/" + org + "/invitations/" + id, owner.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.delete("/api/v1/orgs/" + org + "/invitations/" + id, owner.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/orgs/" + org + "/invitations", owner.token())
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .containsExactly(second.json().get("id").asString());
        assertThat(audit(org, "invitation.withdrawn")).containsExactly(id);
    }

    @Test
    void aWithdrawnInvitationIsGone() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        Api.Response response = invite(owner, org, invited.email(), "member");
        api.delete(
                "/api/v1/orgs/" + org + "/invitations/"
                        + response.json().get("id").asString(),
                owner.token());

        assertGone(api.get("/api/v1/invitations/" + token(response), invited.token()));
        assertGone(api.post("/api/v1/invitations/" + token(response) + "/accept", invited.token(), null));
        assertThat(memberships(org, invited)).isZero();
    }

    @Test
    void showsTheInvitedPersonWhatTheLinkIsForAndMasksTheAddressForOthers() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        String token = token(invite(owner, org, invited.email().toUpperCase(), "viewer"));

        Api.Response preview = api.get("/api/v1/invitations/" + token, invited.token());
        assertThat(preview.status()).isEqualTo(200);
        JsonNode body = preview.json();
        assertThat(body.get("organization").get("id").asString()).isEqualTo(org);
        assertThat(body.get("organization").get("name").asString()).isEqualTo("Team");
        assertThat(body.get("organization").get("slug").asString()).isNotBlank();
        assertThat(body.get("role").asString()).isEqualTo("viewer");
        assertThat(body.get("email").asString()).isEqualTo(invited.email().toUpperCase());
        assertThat(body.get("expiresAt").asString()).isNotBlank();

        Api.Response forSomeoneElse =
                api.get("/api/v1/invitations/" + token, api.newUser().token());
        assertThat(forSomeoneElse.json().get("email").asString()).isEqualTo("U***@EXAMPLE.COM");

        assertThat(api.get("/api/v1/invitations/" + token, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/invitations/" + "x".repeat(43), invited.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/invitations/not-a-token", invited.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/" + "x".repeat(43) + "/accept", invited.token(), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheInvitedAddressCanAccept() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        Api.Session other = api.newUser();
        String token = token(invite(owner, org, invited.email(), "admin"));

        Api.Response refused = api.post("/api/v1/invitations/" + token + "/accept", other.token(), null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("/invitation-email-mismatch");
        assertThat(refused.json().get("detail").asString())
                .contains("u***@example.com")
                .doesNotContain(invited.email());
        assertThat(memberships(org, other)).isZero();
        // Still usable by the right person.
        assertThat(api.post("/api/v1/invitations/" + token + "/accept", invited.token(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anExpiredInvitationIsGone() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        Api.Response response = invite(owner, org, invited.email(), "member");
        jdbc.sql("update invitations set expires_at = now() - interval '1 second' where id = :id")
                .param("id", UUID.fromString(response.json().get("id").asString()))
                .update();

        assertGone(api.post("/api/v1/invitations/" + token(response) + "/accept", invited.token(), null));
        assertGone(api.get("/api/v1/invitations/" + token(response), invited.token()));
        assertThat(memberships(org, invited)).isZero();
        assertThat(api.get("/api/v1/orgs/" + org + "/invitations", owner.token())
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void aLinkWorksOnce() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        String token = token(invite(owner, org, invited.email(), "member"));
        assertThat(api.post("/api/v1/invitations/" + token + "/accept", invited.token(), null)
                        .status())
                .isEqualTo(200);
        api.delete("/api/v1/orgs/" + org + "/members/" + invited.userId(), owner.token());

        assertGone(api.post("/api/v1/invitations/" + token + "/accept", invited.token(), null));
        assertThat(memberships(org, invited)).isZero();
    }

    @Test
    void twentyConcurrentAcceptsAddOneMembership() throws Exception {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        String token = token(invite(owner, org, invited.email(), "member"));

        List<Callable<Integer>> accepts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accepts.add(() -> api.post("/api/v1/invitations/" + token + "/accept", invited.token(), null)
                    .status());
        }
        List<Integer> statuses = Parallel.run(accepts);

        assertThat(statuses).containsOnly(200, 410);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(memberships(org, invited)).isEqualTo(1);
        assertThat(audit(org, "invitation.accepted")).hasSize(1);
        assertThat(audit(org, "member.joined")).hasSize(1);
    }

    @Test
    void anAdminCannotInviteAnOwnerButAnOwnerCan() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session admin = join(owner, org, "admin");

        Api.Response refused = invite(admin, org, "new-" + UUID.randomUUID() + "@example.com", "owner");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("/forbidden-role");
        assertThat(refused.json().get("requiredRole").asString()).isEqualTo("owner");
        assertThat(refused.json().get("role").asString()).isEqualTo("admin");

        assertThat(invite(admin, org, "new-" + UUID.randomUUID() + "@example.com", "admin")
                        .status())
                .isEqualTo(201);
        Api.Session second = api.newUser();
        String token = token(invite(owner, org, second.email(), "owner"));
        assertThat(api.post("/api/v1/invitations/" + token + "/accept", second.token(), null)
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("owner");
    }

    @Test
    void membersAndViewersCannotInviteAndStrangersDoNotSeeTheOrganisation() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session viewer = join(owner, org, "viewer");
        Api.Session member = join(owner, org, "member");
        String address = "new-" + UUID.randomUUID() + "@example.com";

        Api.Response byViewer = invite(viewer, org, address, "viewer");
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(byViewer.json().get("type").asString()).endsWith("/forbidden-role");
        assertThat(invite(member, org, address, "viewer").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/orgs/" + org + "/invitations", member.token())
                        .status())
                .isEqualTo(403);

        Api.Session stranger = api.newUser();
        assertThat(invite(stranger, org, address, "viewer").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orgs/" + org + "/invitations", stranger.token())
                        .status())
                .isEqualTo(404);
        String id = invite(owner, org, address, "viewer").json().get("id").asString();
        assertThat(api.delete("/api/v1/orgs/" + org + "/invitations/" + id, stranger.token())
                        .status())
                .isEqualTo(404);
        // The id of another organisation's invitation is unknown here.
        String strangersOrg = team(stranger);
        assertThat(api.delete("/api/v1/orgs/" + strangersOrg + "/invitations/" + id, stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(count("invitations where id = '" + id + "' and status = 'pending'"))
                .isEqualTo(1);
    }

    @Test
    void nobodyIsInvitedIntoAPersonalOrganisationOrTwiceIntoATeam() {
        Api.Session owner = api.newUser();
        Api.Response personal =
                invite(owner, owner.userId().toString(), "x-" + UUID.randomUUID() + "@example.com", "member");
        assertThat(personal.status()).isEqualTo(409);
        assertThat(personal.json().get("type").asString()).endsWith("/personal-organization");

        String org = team(owner);
        Api.Session member = join(owner, org, "member");
        Api.Response again = invite(owner, org, member.email().toUpperCase(), "admin");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/already-member");
    }

    @Test
    void invitingAnAddressAgainReplacesItsPendingInvitation() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        String oldToken = token(invite(owner, org, invited.email(), "viewer"));
        Api.Response replacement = invite(owner, org, invited.email(), "admin");

        assertThat(api.get("/api/v1/orgs/" + org + "/invitations", owner.token())
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .containsExactly(replacement.json().get("id").asString());
        assertGone(api.post("/api/v1/invitations/" + oldToken + "/accept", invited.token(), null));
        assertThat(api.post("/api/v1/invitations/" + token(replacement) + "/accept", invited.token(), null)
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("admin");
    }

    @Test
    void acceptingWhileAlreadyAMemberIsAConflictAndKeepsTheInvitation() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session invited = api.newUser();
        Api.Response response = invite(owner, org, invited.email(), "admin");
        // Joined some other way in the meantime.
        jdbc.sql("insert into memberships (org_id, user_id, role) values (:org, :user, 'viewer')")
                .param("org", UUID.fromString(org))
                .param("user", invited.userId())
                .update();

        Api.Response conflict = api.post("/api/v1/invitations/" + token(response) + "/accept", invited.token(), null);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("type").asString()).endsWith("/already-member");
        assertThat(jdbc.sql("select role from memberships where org_id = :org and user_id = :user")
                        .param("org", UUID.fromString(org))
                        .param("user", invited.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("viewer");
        assertThat(count(
                        "invitations where id = '" + response.json().get("id").asString() + "' and status = 'pending'"))
                .isEqualTo(1);
    }

    @Test
    void aUserSendsAtMostFiftyInvitationsAnHour() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        Api.Session admin = join(owner, org, "admin");
        for (int i = 1; i < 50; i++) {
            assertThat(invite(owner, org, "bulk-" + i + "-" + UUID.randomUUID() + "@example.com", "viewer")
                            .status())
                    .isEqualTo(201);
        }

        Api.Response limited = invite(owner, org, "one-more-" + UUID.randomUUID() + "@example.com", "viewer");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isPresent();
        assertThat(count("invitations where org_id = '" + org + "'")).isEqualTo(50);
        // Another admin of the same organisation has an allowance of their own.
        assertThat(invite(admin, org, "other-" + UUID.randomUUID() + "@example.com", "viewer")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void refusesInvalidInvitations() {
        Api.Session owner = api.newUser();
        String org = team(owner);
        for (Map<String, String> body : List.of(
                Map.of("email", "not-an-email", "role", "member"),
                Map.of("email", "x@example.com", "role", "superuser"),
                Map.of("role", "member"),
                Map.of("email", "x@example.com"))) {
            Api.Response response = api.post("/api/v1/orgs/" + org + "/invitations", owner.token(), body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
        }
        assertThat(count("invitations where org_id = '" + org + "'")).isZero();
    }

    private Api.Response invite(Api.Session inviter, String org, String email, String role) {
        return api.post("/api/v1/orgs/" + org + "/invitations", inviter.token(), Map.of("email", email, "role", role));
    }

    /** A new user who joined {@code org} with {@code role} through an invitation. */
    private Api.Session join(Api.Session owner, String org, String role) {
        Api.Session user = api.newUser();
        Api.Response accepted = api.post(
                "/api/v1/invitations/" + token(invite(owner, org, user.email(), role)) + "/accept", user.token(), null);
        assertThat(accepted.status()).isEqualTo(200);
        return user;
    }

    private String team(Api.Session owner) {
        Api.Response created = api.post("/api/v1/orgs", owner.token(), Map.of("name", "Team"));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String token(Api.Response invitation) {
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        String url = invitation.json().get("acceptUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void assertGone(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(410);
        assertThat(response.json().get("type").asString()).endsWith("/invitation-expired");
    }

    private long memberships(String org, Api.Session user) {
        return count("memberships where org_id = '" + org + "' and user_id = '" + user.userId() + "'");
    }

    private List<String> audit(String org, String action) {
        return jdbc.sql("select target_id from audit_log where org_id = :org and action = :action")
                .param("org", UUID.fromString(org))
                .param("action", action)
                .query(String.class)
                .list();
    }
}
