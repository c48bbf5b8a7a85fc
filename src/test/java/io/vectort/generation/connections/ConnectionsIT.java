package io.vectort.generation.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.FakeGitHub;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An organisation's connections: checked with GitHub, sealed, shown by a hint, revocable, audited. */
class ConnectionsIT extends IntegrationTest {

    @Autowired
    private Connections connections;

    @Test
    void connectsGitHubAfterCheckingTheTokenAndNeverShowsIt() {
        Api.Session owner = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(owner, "Connected");
        String base = "/api/v1/orgs/" + team + "/connections";

        Api.Response bad = api.send("PUT", base + "/github", owner.token(), Map.of("token", "ghp_wrong"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("type").asString()).endsWith("/bad-token");
        assertThat(bad.json().get("detail").asString()).contains("expired");

        Api.Response connected = api.send("PUT", base + "/github", owner.token(), Map.of("token", FakeGitHub.TOKEN));
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        JsonNode view = connected.json();
        assertThat(view.get("account").asString()).isEqualTo(FakeGitHub.LOGIN);
        assertThat(view.get("tokenHint").asString())
                .isEqualTo("…" + FakeGitHub.TOKEN.substring(FakeGitHub.TOKEN.length() - 4));
        assertThat(view.get("scopes").toString()).contains("repo");
        assertThat(connected.body()).doesNotContain(FakeGitHub.TOKEN);

        Api.Response listed = api.get(base, owner.token());
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.body()).doesNotContain(FakeGitHub.TOKEN);
        assertThat(jdbc.sql("select token_sealed from organization_connections where org_id = :org")
                        .param("org", team)
                        .query(String.class)
                        .single())
                .doesNotContain(FakeGitHub.TOKEN);
        assertThat(connections.token(team, ConnectionKind.GITHUB)).contains(FakeGitHub.TOKEN);

        FakeGitHub.addRepository(FakeGitHub.LOGIN, "picker-" + team);
        Api.Response repositories = api.get(base + "/github/repositories", owner.token());
        assertThat(repositories.status()).isEqualTo(200);
        assertThat(repositories.body()).contains(FakeGitHub.LOGIN + "/picker-" + team);

        assertThat(api.delete(base + "/github", owner.token()).status()).isEqualTo(204);
        assertThat(api.get(base, owner.token()).json()).isEmpty();
        assertThat(connections.token(team, ConnectionKind.GITHUB)).isEmpty();
        assertThat(api.delete(base + "/github", owner.token()).status()).isEqualTo(204);
        String audit = api.get("/api/v1/orgs/" + team + "/audit", owner.token()).body();
        assertThat(audit).contains("connection.connected");
        // Revoking twice records one revocation: the second changed nothing.
        assertThat(audit.split("connection.revoked", -1)).hasSize(2);
    }

    @Test
    void storesHostTokensForOtherFeaturesToRead() {
        Api.Session owner = api.newUser();
        Api.Response saved = api.send(
                "PUT",
                "/api/v1/orgs/" + owner.userId() + "/connections/netlify",
                owner.token(),
                Map.of("token", "nfp_secret_1234"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("tokenHint").asString()).isEqualTo("…1234");
        assertThat(connections.token(owner.userId(), ConnectionKind.NETLIFY)).contains("nfp_secret_1234");
        // Sealed for one organisation and kind: another organisation reads nothing.
        assertThat(connections.token(UUID.randomUUID(), ConnectionKind.NETLIFY)).isEmpty();
        assertThat(connections.token(owner.userId(), ConnectionKind.VERCEL)).isEmpty();
    }

    @Test
    void onlyOwnersAndAdminsConnectAndStrangersSeeNothing() {
        Api.Session owner = api.newUser();
        TeamFixtures teams = new TeamFixtures(api, jdbc);
        UUID team = teams.team(owner, "Roles");
        Api.Session member = api.newUser();
        teams.join(team, member, "member");
        String base = "/api/v1/orgs/" + team + "/connections";

        assertThat(api.send("PUT", base + "/git", member.token(), Map.of("token", "abc"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(base, member.token()).status()).isEqualTo(200);
        assertThat(api.send("PUT", base + "/unknown", owner.token(), Map.of("token", "abc"))
                        .status())
                .isEqualTo(404);
        assertThat(api.send("PUT", base + "/git", owner.token(), Map.of("token", "two words"))
                        .status())
                .isEqualTo(400);
        Api.Session stranger = api.newUser();
        assertThat(api.get(base, stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(base + "/github/repositories", member.token()).status())
                .isEqualTo(409);
    }
}
