package io.vectort.generation.connections.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.database.InstanceSettings;
import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.Connections;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installation without a GitHub OAuth app (the suite's shared context): "Connect with GitHub" is
 * refused with a problem that says so, before anything goes to GitHub.
 */
class GitHubOAuthNotConfiguredIT extends IntegrationTest {

    @Autowired
    private Connections connections;

    @Autowired
    private InstanceSettings settings;

    @Test
    void startingAnswersAProblemThatNamesTheMissingConfiguration() {
        Api.Session owner = api.newUser();

        Api.Response refused =
                api.post("/api/v1/orgs/" + owner.userId() + "/connections/github/authorize", owner.token(), null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.json().get("type").asString()).endsWith("/github-oauth-not-configured");
        assertThat(refused.json().get("detail").asString()).contains("VECTORT_OAUTH_GITHUB_CLIENT_ID");
        assertThat(api.get("/api/v1/auth/providers", null).json().findValuesAsString("id"))
                .doesNotContain("github");
    }

    @Test
    void aCallbackWithAGenuineStateStoresNothing() {
        Api.Session owner = api.newUser();
        // A state issued before the OAuth app was removed from the configuration.
        String verifier = "v".repeat(43);
        String state = GitHubOAuthConnectIT.states(settings)
                .issue(owner.userId(), owner.userId(), GitHubConnect.challenge(verifier), Instant.now());

        Api.Response landed = api.send(
                "GET",
                "/api/v1/auth/oauth2/callback/github/connect?code=c0de&state="
                        + URLEncoder.encode(state, StandardCharsets.UTF_8),
                null,
                null,
                "Cookie",
                "vectort_github_connect=" + verifier);

        assertThat(landed.status()).isEqualTo(303);
        assertThat(landed.header("Location"))
                .contains("/orgs/" + owner.userId() + "?github=error&reason=not-configured");
        assertThat(connections.token(owner.userId(), ConnectionKind.GITHUB)).isEmpty();
    }
}
