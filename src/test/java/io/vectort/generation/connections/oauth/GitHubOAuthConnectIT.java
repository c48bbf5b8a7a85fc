package io.vectort.generation.connections.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.database.InstanceSettings;
import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.Connections;
import io.vectort.shared.HmacSha256;
import io.vectort.shared.SignedTokens;
import io.vectort.support.Api;
import io.vectort.support.FakeGitHub;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Connect with GitHub" end to end: a cookie-keeping browser asks for the authorization URL, goes
 * through the fake GitHub OAuth app (which speaks GitHub's redirects and token endpoint) and comes
 * back to the callback, which must store a working token only for the right person, organisation
 * and browser. A context of its own (the fake's OAuth app configured), closed after this class; the
 * suite's shared context has no OAuth app ({@link GitHubOAuthNotConfiguredIT}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GitHubOAuthConnectIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CALLBACK = "/api/v1/auth/oauth2/callback/github/connect";
    private static final String FORMER_CALLBACK = "/api/v1/connections/github/callback";
    private static final String SIGN_IN_CALLBACK = "/api/v1/auth/oauth2/callback/github";

    @DynamicPropertySource
    static void oauthApp(DynamicPropertyRegistry registry) {
        FakeGitHub.registerOAuthApp((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    private Connections connections;

    @Autowired
    private InstanceSettings settings;

    /** The OAuth app as SIGN_IN.md has operators register it, for sign-in with GitHub alone. */
    @BeforeEach
    void registeredForSignIn() {
        FakeGitHub.registerOAuthCallbackUrl(base() + SIGN_IN_CALLBACK);
    }

    @Test
    void connectsGitHubThroughTheOAuthAppWithAWorkingToken() {
        Api.Session owner = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(owner, "OAuth");
        Browser browser = new Browser();

        HttpResponse<String> started = browser.authorize(team, owner);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        URI authorize = URI.create(JSON.readTree(started.body()).get("url").asString());
        Map<String, String> query = query(authorize);
        assertThat(authorize.toString()).startsWith(FakeGitHub.baseUrl() + "/login/oauth/authorize?");
        assertThat(query)
                .containsEntry("client_id", FakeGitHub.OAUTH_CLIENT_ID)
                .containsEntry("scope", "repo read:org")
                .containsEntry("redirect_uri", base() + "/api/v1/auth/oauth2/callback/github/connect")
                .containsEntry("code_challenge_method", "S256");
        String cookie = started.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .contains(
                        "vectort_github_connect=",
                        "HttpOnly",
                        "SameSite=Lax",
                        "Path=/api/v1/auth/oauth2/callback/github/connect");

        HttpResponse<String> landed = browser.throughGitHub(authorize);

        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(location(landed)).isEqualTo("/orgs/" + team + "?github=connected");
        // Answered through the API's security chain (its policy headers), not sign-in's.
        assertThat(landed.headers().firstValue("Content-Security-Policy")).isPresent();
        String token = connections.token(team, ConnectionKind.GITHUB).orElseThrow();
        assertThat(FakeGitHub.issuedByOAuth(token)).isTrue();
        JsonNode listed = api.get("/api/v1/orgs/" + team + "/connections", owner.token())
                .json()
                .get(0);
        assertThat(listed.get("account").asString()).isEqualTo(FakeGitHub.OAUTH_LOGIN);
        assertThat(listed.get("scopes").toString()).contains("repo", "read:org");
        assertThat(listed.get("createdBy").asString()).isEqualTo(owner.userId().toString());
        // The token works: the repository picker lists what it may push to.
        FakeGitHub.addRepository(FakeGitHub.LOGIN, "oauth-" + team);
        Api.Response repositories = api.get("/api/v1/orgs/" + team + "/connections/github/repositories", owner.token());
        assertThat(repositories.status()).isEqualTo(200);
        assertThat(repositories.body()).contains("oauth-" + team);
        // The audit log says how it was connected; the verifier cookie is gone.
        assertThat(jdbc.sql("""
                        select details->>'method' from audit_log
                        where org_id = :org and action = 'connection.connected'""").param("org", team).query(String.class).single())
                .isEqualTo("oauth");
        assertThat(browser.verifier()).isNull();
    }

    @Test
    void aCancelledAuthorizationStoresNothing() {
        Api.Session owner = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(owner, "Cancelled");
        Browser browser = new Browser();
        URI authorize = browser.authorizeUrl(team, owner);
        FakeGitHub.denyAuthorization(query(authorize).get("state"));

        HttpResponse<String> landed = browser.throughGitHub(authorize);

        assertThat(location(landed)).isEqualTo("/orgs/" + team + "?github=error&reason=denied");
        assertThat(connections.token(team, ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void aForgedOrMissingStateIsRefusedWithoutNamingAnOrganisation() {
        Api.Session owner = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(owner, "Forged");
        Browser browser = new Browser();
        URI authorize = browser.authorizeUrl(team, owner);
        URI back = URI.create(location(browser.get(authorize)));
        String state = query(back).get("state");
        String forged = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");

        HttpResponse<String> withForged = browser.get(withState(back, forged));
        HttpResponse<String> withoutState = browser.get(URI.create(base() + CALLBACK));

        assertThat(location(withForged)).isEqualTo("/projects?github=error&reason=invalid-state");
        assertThat(location(withoutState)).isEqualTo("/projects?github=error&reason=invalid-state");
        assertThat(connections.token(team, ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void anExpiredStateIsRefused() {
        Api.Session owner = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(owner, "Expired");
        String verifier = "v".repeat(43);
        String expired = states().issue(
                        team,
                        owner.userId(),
                        GitHubConnect.challenge(verifier),
                        Instant.now().minus(Duration.ofMinutes(11)));
        Browser browser = new Browser();
        browser.setVerifier(verifier, CALLBACK);

        HttpResponse<String> landed = browser.get(callback("any-code", expired));

        assertThat(location(landed)).isEqualTo("/orgs/" + team + "?github=error&reason=expired");
        assertThat(connections.token(team, ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void anotherBrowserCannotFinishSomeoneElsesAuthorization() {
        // The attacker starts for their organisation and sends GitHub's link to a victim, whose
        // GitHub token would otherwise end up in the attacker's organisation.
        Api.Session attacker = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(attacker, "Attacker");
        URI authorize = new Browser().authorizeUrl(team, attacker);

        HttpResponse<String> landed = new Browser().throughGitHub(authorize);

        assertThat(location(landed)).isEqualTo("/orgs/" + team + "?github=error&reason=invalid-state");
        assertThat(connections.token(team, ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void onlyAnOwnerOrAdminStartsAndTheRoleIsCheckedAgainAtTheEnd() {
        Api.Session owner = api.newUser();
        TeamFixtures teams = new TeamFixtures(api, jdbc);
        UUID team = teams.team(owner, "Roles");
        Api.Session member = api.newUser();
        teams.join(team, member, "member");
        Api.Session admin = api.newUser();
        teams.join(team, admin, "admin");
        Api.Session stranger = api.newUser();

        assertThat(new Browser().authorize(team, member).statusCode()).isEqualTo(403);
        assertThat(new Browser().authorize(team, stranger).statusCode()).isEqualTo(404);

        Browser browser = new Browser();
        URI authorize = browser.authorizeUrl(team, admin);
        jdbc.sql("update memberships set role = 'member' where org_id = :org and user_id = :user")
                .param("org", team)
                .param("user", admin.userId())
                .update();
        HttpResponse<String> demoted = browser.throughGitHub(authorize);

        assertThat(location(demoted)).isEqualTo("/orgs/" + team + "?github=error&reason=forbidden");
        assertThat(connections.token(team, ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void aGenuineStateForAnOrganisationTheUserIsNotInIsRefused() {
        Api.Session owner = api.newUser();
        UUID theirs = new TeamFixtures(api, jdbc).team(owner, "Theirs");
        Api.Session outsider = api.newUser();
        Browser browser = new Browser();
        // The outsider's own authorization, for their personal organisation, approved at GitHub...
        URI authorize = browser.authorizeUrl(outsider.userId(), outsider);
        URI back = URI.create(location(browser.get(authorize)));
        // ...whose code and verifier come back with a state naming someone else's organisation.
        String verifier = browser.verifier();
        String elsewhere = states().issue(theirs, outsider.userId(), GitHubConnect.challenge(verifier), Instant.now());

        HttpResponse<String> landed = browser.get(withState(back, elsewhere));

        assertThat(location(landed)).isEqualTo("/orgs/" + theirs + "?github=error&reason=forbidden");
        assertThat(connections.token(theirs, ConnectionKind.GITHUB)).isEmpty();
        assertThat(connections.token(outsider.userId(), ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void aCodeGitHubRefusesEndsInAnExchangeFailure() {
        Api.Session owner = api.newUser();
        Browser browser = new Browser();
        URI authorize = browser.authorizeUrl(owner.userId(), owner);
        URI back = URI.create(location(browser.get(authorize)));

        HttpResponse<String> landed =
                browser.get(callback("not-the-code", query(back).get("state")));

        assertThat(location(landed)).isEqualTo("/orgs/" + owner.userId() + "?github=error&reason=exchange-failed");
        assertThat(connections.token(owner.userId(), ConnectionKind.GITHUB)).isEmpty();
    }

    @Test
    void theCallbackIsBelowSignInsSoTheAppRegisteredForSignInServesBoth() {
        Api.Session owner = api.newUser();
        Browser browser = new Browser();
        HttpResponse<String> signIn = browser.get(URI.create(base() + "/api/v1/auth/oauth2/start/github?next=/"));
        assertThat(signIn.statusCode()).isEqualTo(302);
        String signInRedirect = query(URI.create(location(signIn))).get("redirect_uri");
        URI authorize = browser.authorizeUrl(owner.userId(), owner);

        assertThat(signInRedirect).isEqualTo(base() + SIGN_IN_CALLBACK);
        assertThat(query(authorize).get("redirect_uri")).startsWith(signInRedirect + "/");
        // GitHub, with the sign-in URL registered, accepts both; it refused the former callback.
        assertThat(location(browser.get(URI.create(location(signIn))))).startsWith(signInRedirect + "?code=");
        assertThat(location(browser.get(authorize))).startsWith(base() + CALLBACK + "?code=");
        assertThat(location(browser.get(withRedirect(authorize, base() + FORMER_CALLBACK))))
                .startsWith(signInRedirect + "?error=redirect_uri_mismatch");
    }

    @Test
    void anAuthorizationStartedForTheFormerCallbackStillEnds() {
        // Started before the upgrade, by an installation that registered the parent of both paths.
        FakeGitHub.registerOAuthCallbackUrl(base() + "/api/v1");
        Api.Session owner = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(owner, "Upgraded");
        Browser browser = new Browser();
        URI authorize = withRedirect(browser.authorizeUrl(team, owner), base() + FORMER_CALLBACK);
        browser.setVerifier(browser.verifier(), FORMER_CALLBACK);

        HttpResponse<String> landed = browser.throughGitHub(authorize);

        assertThat(location(landed)).isEqualTo("/orgs/" + team + "?github=connected");
        assertThat(FakeGitHub.issuedByOAuth(
                        connections.token(team, ConnectionKind.GITHUB).orElseThrow()))
                .isTrue();
        assertThat(landed.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("vectort_github_connect=", "Max-Age=0", "Path=" + FORMER_CALLBACK);
    }

    // ---------------------------------------------------------------------------------------------

    private ConnectStates states() {
        return states(settings);
    }

    /** States signed with the installation's key, as if Vectort had issued them. */
    static ConnectStates states(InstanceSettings settings) {
        return new ConnectStates(
                new SignedTokens(settings.getOrCreate("github_connect_state_key", HmacSha256::newKey)));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private URI callback(String code, String state) {
        return URI.create(
                base() + CALLBACK + "?code=" + code + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    private URI withState(URI back, String state) {
        return callback(query(back).get("code"), state);
    }

    /** GitHub's authorization URL with another redirect_uri, the rest as Vectort built it. */
    private static URI withRedirect(URI authorize, String redirectUri) {
        String raw = authorize.toString();
        String current =
                "redirect_uri=" + URLEncoder.encode(query(authorize).get("redirect_uri"), StandardCharsets.UTF_8);
        assertThat(raw).contains(current);
        return URI.create(
                raw.replace(current, "redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(response.statusCode() + " " + response.body()));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** A browser as far as this flow goes: keeps cookies, follows no redirect by itself. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        /** The web app's call (with the bearer token), whose cookie this browser keeps. */
        HttpResponse<String> authorize(UUID org, Api.Session user) {
            return send(
                    HttpRequest.newBuilder(URI.create(base() + "/api/v1/orgs/" + org + "/connections/github/authorize"))
                            .header("Authorization", "Bearer " + user.token())
                            .POST(HttpRequest.BodyPublishers.noBody()));
        }

        URI authorizeUrl(UUID org, Api.Session user) {
            HttpResponse<String> started = authorize(org, user);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            return URI.create(JSON.readTree(started.body()).get("url").asString());
        }

        /** GitHub's page, then its redirect to the callback: answers the callback's response. */
        HttpResponse<String> throughGitHub(URI authorize) {
            HttpResponse<String> atGitHub = get(authorize);
            assertThat(atGitHub.statusCode()).as(atGitHub.body()).isEqualTo(302);
            return get(URI.create(location(atGitHub)));
        }

        HttpResponse<String> get(URI uri) {
            return send(HttpRequest.newBuilder(uri).GET());
        }

        String verifier() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("vectort_github_connect"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        void setVerifier(String verifier, String path) {
            HttpCookie cookie = new HttpCookie("vectort_github_connect", verifier);
            cookie.setPath(path);
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(base()), cookie);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
