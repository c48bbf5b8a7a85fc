package io.vectort.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.identity.SecondFactors;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in with providers against real protocol peers in the test JVM: mock-oauth2-server as the
 * generic OpenID Connect provider and as Google, and fakes of GitHub and Apple that speak their
 * wire formats. A cookie-keeping client follows each redirect like a browser. One application
 * context of its own (providers configured), closed after this class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ProviderSignInIT.TestSecondFactors.class)
class ProviderSignInIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MockOAuth2Server OIDC = new MockOAuth2Server();
    private static final FakeGitHub GITHUB = new FakeGitHub();
    private static final FakeApple APPLE = new FakeApple();
    /** Accounts that have a second factor in this context. */
    static final Set<UUID> WITH_MFA = ConcurrentHashMap.newKeySet();

    static {
        OIDC.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("vectort.database.pool-size", () -> "8");
        registry.add("logging.level.io.vectort.identity.oauth", () -> "INFO");
        registry.add("vectort.oauth.oidc.issuer", () -> OIDC.issuerUrl("oidc").toString());
        registry.add("vectort.oauth.oidc.client-id", () -> "oidc-client");
        registry.add("vectort.oauth.oidc.client-secret", () -> "oidc-secret");
        registry.add("vectort.oauth.oidc.name", () -> "Test SSO");
        registry.add(
                "vectort.oauth.google.issuer", () -> OIDC.issuerUrl("google").toString());
        registry.add("vectort.oauth.google.client-id", () -> "google-client");
        registry.add("vectort.oauth.google.client-secret", () -> "google-secret");
        registry.add("vectort.oauth.github.client-id", () -> FakeGitHub.CLIENT_ID);
        registry.add("vectort.oauth.github.client-secret", () -> FakeGitHub.CLIENT_SECRET);
        registry.add("vectort.oauth.github.url", GITHUB::url);
        registry.add("vectort.oauth.github.api-url", GITHUB::apiUrl);
        registry.add("vectort.oauth.apple.client-id", () -> FakeApple.CLIENT_ID);
        registry.add("vectort.oauth.apple.team-id", () -> FakeApple.TEAM_ID);
        registry.add("vectort.oauth.apple.key-id", () -> FakeApple.KEY_ID);
        registry.add("vectort.oauth.apple.private-key", APPLE::privateKeyPem);
        registry.add("vectort.oauth.apple.url", APPLE::url);
    }

    @AfterAll
    static void stopProviders() {
        OIDC.shutdown();
        GITHUB.stop();
        APPLE.stop();
    }

    @TestConfiguration
    static class TestSecondFactors {
        @Bean
        @Primary
        SecondFactors testSecondFactors() {
            return new SecondFactors() {
                @Override
                public List<String> methods(UUID userId) {
                    return WITH_MFA.contains(userId) ? List.of("totp", "recovery_code") : List.of();
                }

                @Override
                public boolean verify(UUID userId, String code) {
                    return false;
                }
            };
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void listsTheConfiguredProvidersInOrder() {
        Api.Response providers = api.get("/api/v1/auth/providers", null);

        assertThat(providers.status()).isEqualTo(200);
        assertThat(providers.json().findValuesAsString("id")).containsExactly("google", "github", "apple", "oidc");
        assertThat(providers.json().get(3).get("name").asString()).isEqualTo("Test SSO");
    }

    @Test
    void oidcSignInCreatesAnAccountWhoseRefreshCookieGivesWorkingTokens() {
        String email = "new-" + UUID.randomUUID() + "@example.com";
        double created = metric("oidc", "created");
        double registered = api.metric("vectort_signups_total", "step=\"registered\"");
        double verifiedAccounts = api.metric("vectort_signups_total", "step=\"verified\"");

        Landing landing =
                signInWithOidc("oidc", "sub-" + UUID.randomUUID(), verified(email), "/projects/p-1?tab=files");

        assertThat(landing.page()).isEqualTo("/signin/complete");
        assertThat(landing.fragment()).containsEntry("next", "/projects/p-1?tab=files");
        JsonNode me = me(landing.browser());
        assertThat(me.get("email").asString()).isEqualTo(email);
        UUID userId = UUID.fromString(me.get("id").asString());
        assertThat(jdbc.sql("select password_hash from users where id = :id")
                        .param("id", userId)
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql("select method from sessions where user_id = :id")
                        .param("id", userId)
                        .query(String.class)
                        .list())
                .containsExactly("oidc");
        assertThat(metric("oidc", "created")).isEqualTo(created + 1);
        // The provider vouched for the address: the account is registered and verified at once.
        assertThat(api.metric("vectort_signups_total", "step=\"registered\"")).isEqualTo(registered + 1);
        assertThat(api.metric("vectort_signups_total", "step=\"verified\"")).isEqualTo(verifiedAccounts + 1);
    }

    @Test
    void aKnownIdentitySignsInToItsAccountEvenAfterItsEmailChanged() {
        String subject = "sub-" + UUID.randomUUID();
        Landing first = signInWithOidc("oidc", subject, verified("first-" + UUID.randomUUID() + "@example.com"), "/");
        String firstId = me(first.browser()).get("id").asString();
        double successes = metric("oidc", "success");

        Landing second =
                signInWithOidc("oidc", subject, verified("changed-" + UUID.randomUUID() + "@example.com"), "/");

        assertThat(me(second.browser()).get("id").asString()).isEqualTo(firstId);
        assertThat(metric("oidc", "success")).isEqualTo(successes + 1);
    }

    @Test
    void googleIsSignedInThroughItsIssuer() {
        String email = "g-" + UUID.randomUUID() + "@gmail.example";

        Landing landing = signInWithOidc("google", "g-" + UUID.randomUUID(), verified(email), "/projects");

        assertThat(me(landing.browser()).get("email").asString()).isEqualTo(email);
        assertThat(jdbc.sql("select provider from user_identities where email = :email")
                        .param("email", email)
                        .query(String.class)
                        .list())
                .containsExactly("google");
    }

    @Test
    void aTamperedStateIsRefused() {
        Browser browser = new Browser();
        HttpResponse<String> atProvider = toProviderCallback(browser, "oidc");
        String callback = Browser.location(atProvider).replaceFirst("state=[^&]+", "state=forged-state");

        Landing landing = landing(browser, browser.get(callback));

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "invalid-state"));
        assertThat(landing.setsRefreshCookie()).isFalse();
    }

    @Test
    void aCallbackOpenedInAnotherBrowserIsRefused() {
        HttpResponse<String> atProvider = toProviderCallback(new Browser(), "oidc");
        Browser someoneElse = new Browser();

        Landing landing = landing(someoneElse, someoneElse.get(Browser.location(atProvider)));

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "invalid-state"));
    }

    @Test
    void aReplayedCallbackIsRefusedBecauseTheRequestWasUsedUp() {
        Browser browser = new Browser();
        String email = "replay-" + UUID.randomUUID() + "@example.com";
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "oidc", "s-" + UUID.randomUUID(), "JWT", List.of("oidc-client"), verified(email), 3600));
        HttpResponse<String> atProvider = toProviderCallback(browser, "oidc");
        String callback = Browser.location(atProvider);
        Landing first = landing(browser, browser.get(callback));
        assertThat(first.fragment()).containsKey("next");

        Landing replayed = landing(browser, browser.get(callback));

        assertThat(replayed.fragment()).containsExactly(Map.entry("error", "invalid-state"));
        assertThat(replayed.setsRefreshCookie()).isFalse();
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        double errors = metric("oidc", "error");
        Map<String, Object> claims = new java.util.HashMap<>(verified("nonce-" + UUID.randomUUID() + "@example.com"));
        claims.put("nonce", "not-the-nonce-of-this-sign-in");

        Landing landing = signInWithOidc("oidc", "s-" + UUID.randomUUID(), claims, "/");

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "provider-error"));
        assertThat(metric("oidc", "error")).isEqualTo(errors + 1);
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        String email = "expired-" + UUID.randomUUID() + "@example.com";
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "oidc", "s-" + UUID.randomUUID(), "JWT", List.of("oidc-client"), verified(email), -600));

        Landing landing = landing(new Browser(), null, "oidc", "/");

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "provider-error"));
        assertThat(count("user_identities where email = '" + email + "'")).isZero();
    }

    @Test
    void anUnverifiedEmailNeverReachesTheAccountThatHasIt() {
        Api.Session owner = api.newUser();

        Landing landing = signInWithOidc("oidc", "s-" + UUID.randomUUID(), unverified(owner.email()), "/");

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "email-unverified"));
        assertThat(identitiesOf(owner.userId())).isEmpty();
    }

    @Test
    void anUnverifiedEmailThatNobodyHasMakesANewAccount() {
        String email = "unverified-" + UUID.randomUUID() + "@example.com";

        Landing landing = signInWithOidc("oidc", "s-" + UUID.randomUUID(), unverified(email), "/");

        assertThat(me(landing.browser()).get("email").asString()).isEqualTo(email);
        assertThat(jdbc.sql("select email_verified from user_identities where email = :email")
                        .param("email", email)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void aVerifiedEmailOfAnExistingAccountLinksOnlyWithThatAccountsPassword() {
        Api.Session owner = api.newUser();
        String subject = "s-" + UUID.randomUUID();
        double linkRequired = metric("oidc", "link_required");

        Landing landing = signInWithOidc("oidc", subject, verified(owner.email()), "/projects/p-2");

        assertThat(landing.fragment())
                .containsEntry("provider", "oidc")
                .containsEntry("email", owner.email())
                .containsEntry("next", "/projects/p-2")
                .containsKey("link");
        assertThat(landing.setsRefreshCookie()).isFalse();
        assertThat(metric("oidc", "link_required")).isEqualTo(linkRequired + 1);
        String ticket = landing.fragment().get("link");

        Api.Response wrong = api.post(
                "/api/v1/auth/oauth2/link", null, Map.of("ticket", ticket, "password", "not-the-password-123"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(identitiesOf(owner.userId())).isEmpty();

        Api.Response right =
                api.post("/api/v1/auth/oauth2/link", null, Map.of("ticket", ticket, "password", owner.password()));
        assertThat(right.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", right.json().get("accessToken").asString())
                        .json()
                        .get("id")
                        .asString())
                .isEqualTo(owner.userId().toString());
        assertThat(identitiesOf(owner.userId())).containsExactly("oidc");

        Api.Response again =
                api.post("/api/v1/auth/oauth2/link", null, Map.of("ticket", ticket, "password", owner.password()));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("type").asString()).endsWith("/link-expired");

        Landing later = signInWithOidc("oidc", subject, verified(owner.email()), "/");
        assertThat(me(later.browser()).get("id").asString())
                .isEqualTo(owner.userId().toString());
    }

    @Test
    void anAccountWithASecondFactorGetsAChallengeInsteadOfASession() {
        String subject = "s-" + UUID.randomUUID();
        Landing first = signInWithOidc("oidc", subject, verified("mfa-" + UUID.randomUUID() + "@example.com"), "/");
        WITH_MFA.add(UUID.fromString(me(first.browser()).get("id").asString()));
        double mfa = metric("oidc", "mfa_required");

        Landing second = signInWithOidc("oidc", subject, verified("mfa@example.com"), "/projects/p-3");

        assertThat(second.fragment())
                .containsEntry("methods", "totp,recovery_code")
                .containsEntry("next", "/projects/p-3")
                .containsKey("mfa");
        assertThat(second.setsRefreshCookie()).isFalse();
        assertThat(metric("oidc", "mfa_required")).isEqualTo(mfa + 1);
    }

    @Test
    void aDenialAtTheProviderEndsOnThePageThatSaysSo() {
        Browser browser = new Browser();
        HttpResponse<String> start = browser.get(base() + "/api/v1/auth/oauth2/start/github?next=/");
        String state = Browser.fields(Browser.location(start), '?').get("state");
        double denied = metric("github", "denied");

        Landing landing = landing(
                browser,
                browser.get(base() + "/api/v1/auth/oauth2/callback/github?error=access_denied&state="
                        + URLEncoder.encode(state, StandardCharsets.UTF_8)));

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "denied"));
        assertThat(metric("github", "denied")).isEqualTo(denied + 1);
    }

    @Test
    void anUnknownProviderOrAForeignNextNeverLeavesTheApp() {
        Browser browser = new Browser();

        HttpResponse<String> unknown = browser.get(base() + "/api/v1/auth/oauth2/start/myspace");
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(local(Browser.location(unknown))).isEqualTo("/signin/complete#error=provider-unavailable");

        String email = "next-" + UUID.randomUUID() + "@example.com";
        Landing landing = signInWithOidc("oidc", "s-" + UUID.randomUUID(), verified(email), "https://evil.example/x");
        assertThat(landing.fragment()).containsEntry("next", "/projects");
    }

    @Test
    void anAccountWithoutAPasswordProvesItselfWithTheProviderItAlreadyUses() {
        String email = "octo-" + UUID.randomUUID() + "@example.com";
        long ownerId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        FakeGitHub.Person owner =
                new FakeGitHub.Person(ownerId, "octo", "Octo Cat", List.of(new FakeGitHub.Email(email, true, true)));
        GITHUB.signInAs(owner);
        Landing created = landing(new Browser(), null, "github", "/projects");
        UUID userId = UUID.fromString(me(created.browser()).get("id").asString());

        Landing collision = signInWithOidc("oidc", "s-" + UUID.randomUUID(), verified(email), "/projects");
        assertThat(collision.fragment())
                .containsEntry("password", "0")
                .containsEntry("via", "github")
                .containsKey("link");
        String ticket = collision.fragment().get("link");
        String proveWithGitHub = base() + "/api/v1/auth/oauth2/start/github?next=%2Fprojects&link=" + ticket;

        GITHUB.signInAs(new FakeGitHub.Person(
                ownerId + 1, "someone", "Someone Else", List.of(new FakeGitHub.Email(email, true, true))));
        Browser stranger = new Browser();
        Landing refused = landing(stranger, stranger.get(proveWithGitHub), "github", "/projects");
        assertThat(refused.fragment()).containsEntry("error", "link-not-proven");
        assertThat(identitiesOf(userId)).containsExactly("github");

        GITHUB.signInAs(owner);
        Browser browser = new Browser();
        Landing proven = landing(browser, browser.get(proveWithGitHub), "github", "/projects");
        assertThat(proven.fragment()).containsEntry("next", "/projects");
        assertThat(me(proven.browser()).get("id").asString()).isEqualTo(userId.toString());
        assertThat(identitiesOf(userId)).containsExactly("github", "oidc");

        HttpResponse<String> late = new Browser().get(proveWithGitHub);
        assertThat(Browser.location(late)).as("the ticket is used up").endsWith("/signin/complete#error=link-expired");
    }

    @Test
    void gitHubSignInUsesThePrimaryVerifiedEmailAndTheNumericId() {
        String primary = "octo-" + UUID.randomUUID() + "@example.com";
        long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        GITHUB.signInAs(new FakeGitHub.Person(
                id,
                "octo",
                "Octo Cat",
                List.of(
                        new FakeGitHub.Email("other-" + UUID.randomUUID() + "@example.com", false, true),
                        new FakeGitHub.Email(primary, true, true))));

        Landing landing = landing(new Browser(), null, "github", "/projects");

        assertThat(landing.fragment()).containsEntry("next", "/projects");
        assertThat(me(landing.browser()).get("email").asString()).isEqualTo(primary);
        assertThat(jdbc.sql(
                                "select subject || ' ' || display_name from user_identities where provider = 'github' and email = :e")
                        .param("e", primary)
                        .query(String.class)
                        .single())
                .isEqualTo(id + " Octo Cat");
    }

    @Test
    void gitHubsUnverifiedPrimaryEmailDoesNotLink() {
        Api.Session owner = api.newUser();
        GITHUB.signInAs(new FakeGitHub.Person(
                Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L),
                "sneaky",
                "Sneaky",
                List.of(new FakeGitHub.Email(owner.email(), true, false))));

        Landing landing = landing(new Browser(), null, "github", "/");

        assertThat(landing.fragment()).containsExactly(Map.entry("error", "email-unverified"));
    }

    @Test
    void appleSignInPostsTheCodeBackAndSendsTheNameOnlyTheFirstTime() {
        String subject = "001." + UUID.randomUUID();
        String email = UUID.randomUUID() + "@privaterelay.appleid.com";
        APPLE.signInAs(new FakeApple.Person(subject, email, "Grace", "Hopper"));

        Landing first = appleSignIn(new Browser());
        assertThat(first.fragment()).containsEntry("next", "/projects");
        assertThat(me(first.browser()).get("email").asString()).isEqualTo(email);

        Landing second = appleSignIn(new Browser());
        assertThat(me(second.browser()).get("email").asString()).isEqualTo(email);
        assertThat(jdbc.sql("select display_name from user_identities where provider = 'apple' and subject = :s")
                        .param("s", subject)
                        .query(String.class)
                        .single())
                .isEqualTo("Grace Hopper");
    }

    @Test
    void aSignedInUserLinksAProviderFromTheSettingsAndUnlinksIt() {
        Api.Session user = api.newUser();
        GITHUB.signInAs(new FakeGitHub.Person(
                Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                "linker",
                "Linker",
                List.of(new FakeGitHub.Email("elsewhere-" + UUID.randomUUID() + "@example.com", true, true))));

        Api.Response start = api.post("/api/v1/me/identities/github/link", user.token(), null);
        assertThat(start.status()).isEqualTo(200);
        Browser browser = new Browser();
        HttpResponse<String> end =
                browser.follow(browser.get(base() + start.json().get("url").asString()));

        assertThat(local(Browser.location(end))).isEqualTo("/settings/security#linked=github");
        JsonNode overview = api.get("/api/v1/me/identities", user.token()).json();
        assertThat(overview.get("hasPassword").asBoolean()).isTrue();
        assertThat(overview.get("identities").findValuesAsString("provider")).containsExactly("github");
        assertThat(overview.get("available").findValuesAsString("id")).containsExactly("google", "apple", "oidc");

        HttpResponse<String> reused =
                browser.get(base() + start.json().get("url").asString());
        assertThat(local(Browser.location(reused))).isEqualTo("/settings/security#error=link-expired");

        assertThat(api.delete("/api/v1/me/identities/github", user.token()).status())
                .isEqualTo(204);
        assertThat(identitiesOf(user.userId())).isEmpty();
        assertThat(api.delete("/api/v1/me/identities/github", user.token()).status())
                .isEqualTo(404);
    }

    @Test
    void anIdentityOfAnotherAccountCannotBeLinked() {
        String subject = "s-" + UUID.randomUUID();
        signInWithOidc("oidc", subject, verified("taken-" + UUID.randomUUID() + "@example.com"), "/");
        Api.Session other = api.newUser();
        String url = api.post("/api/v1/me/identities/oidc/link", other.token(), null)
                .json()
                .get("url")
                .asString();
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                "oidc", subject, "JWT", List.of("oidc-client"), verified("taken@example.com"), 3600));
        Browser browser = new Browser();

        HttpResponse<String> end = browser.follow(browser.get(base() + url));

        assertThat(local(Browser.location(end))).isEqualTo("/settings/security#error=identity-in-use");
        assertThat(identitiesOf(other.userId())).isEmpty();
    }

    @Test
    void theLastWayToSignInCannotBeUnlinked() {
        Landing landing = signInWithOidc(
                "oidc", "s-" + UUID.randomUUID(), verified("only-" + UUID.randomUUID() + "@example.com"), "/");
        String token = accessToken(landing.browser());

        Api.Response refused = api.delete("/api/v1/me/identities/oidc", token);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/last-sign-in-method");
        assertThat(api.get("/api/v1/me/identities", token)
                        .json()
                        .get("hasPassword")
                        .asBoolean())
                .isFalse();
    }

    // ---------------------------------------------------------------------------------------------

    record Landing(Browser browser, HttpResponse<String> response, String page, Map<String, String> fragment) {

        boolean setsRefreshCookie() {
            return response.headers().allValues("Set-Cookie").stream()
                    .anyMatch(cookie -> cookie.startsWith("vectort_refresh="));
        }
    }

    private static Map<String, Object> verified(String email) {
        return Map.of("email", email, "email_verified", true, "name", "Test Person");
    }

    private static Map<String, Object> unverified(String email) {
        return Map.of("email", email, "email_verified", false);
    }

    private Landing signInWithOidc(String issuer, String subject, Map<String, Object> claims, String next) {
        OIDC.enqueueCallback(
                new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(issuer + "-client"), claims, 3600));
        return landing(new Browser(), null, issuer, next);
    }

    /** Starts at Vectort and follows the provider until it sends the browser back (not yet followed). */
    private HttpResponse<String> toProviderCallback(Browser browser, String issuer) {
        HttpResponse<String> start = browser.get(base() + "/api/v1/auth/oauth2/start/" + issuer + "?next=/");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> atProvider = browser.get(Browser.location(start));
        assertThat(Browser.location(atProvider)).startsWith(base() + "/api/v1/auth/oauth2/callback/" + issuer);
        return atProvider;
    }

    /** The whole round-trip from the start URL; {@code response} when already under way. */
    private Landing landing(Browser browser, HttpResponse<String> response, String provider, String next) {
        HttpResponse<String> start = response != null
                ? response
                : browser.get(base() + "/api/v1/auth/oauth2/start/" + provider + "?next="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        return landing(browser, browser.follow(start));
    }

    private Landing landing(Browser browser, HttpResponse<String> end) {
        assertThat(end.statusCode()).as(end.body()).isEqualTo(302);
        String location = local(Browser.location(end));
        String page = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
        return new Landing(browser, end, page, Browser.fields(location, '#'));
    }

    /** The web app's page a redirect leads to, as a path (Tomcat makes redirects absolute). */
    private String local(String location) {
        return location.startsWith(base()) ? location.substring(base().length()) : location;
    }

    private Landing appleSignIn(Browser browser) {
        HttpResponse<String> start = browser.get(base() + "/api/v1/auth/oauth2/start/apple?next=/projects");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.get(Browser.location(start));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
        assertThat(action.find()).isTrue();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = Pattern.compile("name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(page.body());
        while (input.find()) {
            fields.put(input.group(1), FakeApple.unescape(input.group(2)));
        }
        return landing(browser, browser.postForm(FakeApple.unescape(action.group(1)), fields));
    }

    private String accessToken(Browser browser) {
        HttpResponse<String> refreshed =
                browser.post(base() + "/api/v1/auth/refresh", "", "X-Requested-With", "vectort");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        return JSON.readTree(refreshed.body()).get("accessToken").asString();
    }

    private JsonNode me(Browser browser) {
        Api.Response me = api.get("/api/v1/auth/me", accessToken(browser));
        assertThat(me.status()).isEqualTo(200);
        return me.json();
    }

    private List<String> identitiesOf(UUID userId) {
        return jdbc.sql("select provider from user_identities where user_id = :id order by provider")
                .param("id", userId)
                .query(String.class)
                .list();
    }

    private double metric(String provider, String result) {
        return api.metric("vectort_oauth_logins_total", "provider=\"" + provider + "\",result=\"" + result + "\"");
    }
}
