package io.vectort.generation.connections.oauth;

import io.vectort.database.InstanceSettings;
import io.vectort.generation.connections.ConnectionKind;
import io.vectort.generation.connections.ConnectionMethod;
import io.vectort.generation.connections.Connections;
import io.vectort.generation.github.GitHubException;
import io.vectort.identity.SecondFactors;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.oauth.OAuthProperties;
import io.vectort.identity.oauth.SignInProviders;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Organizations;
import io.vectort.identity.organization.Role;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.HmacSha256;
import io.vectort.shared.PublicUrl;
import io.vectort.shared.SignedTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * "Connect with GitHub" for an organisation: the authorization URL for an owner or admin, and the
 * end of GitHub's callback, which stores the token like a pasted one. The callback is a browser
 * navigation without the bearer token, so it trusts only what it can check: the signed state
 * (organisation, user, ten minutes), the PKCE verifier that only the starting browser holds, and
 * the user's role in the organisation now.
 */
@Service
public class GitHubConnect {

    /**
     * The callback path, below sign-in with GitHub's ({@code /api/v1/auth/oauth2/callback/github}):
     * GitHub accepts a {@code redirect_uri} at or below the OAuth app's registered callback URL, so
     * the registration sign-in needs serves both.
     */
    public static final String CALLBACK_PATH = SignInProviders.CALLBACK_PATH + "/github/connect";
    /**
     * Where the callback was before it moved below sign-in's: still answered, so an authorization
     * started before the upgrade (its {@code redirect_uri} and verifier cookie name this path) ends.
     */
    public static final String FORMER_CALLBACK_PATH = "/api/v1/connections/github/callback";
    /** What a push needs: repositories (private too), and organisations to create repositories in. */
    static final String SCOPES = "repo read:org";

    private static final Logger log = LoggerFactory.getLogger(GitHubConnect.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CODE_LENGTH = 512;

    private final OAuthProperties.GitHub app;
    private final ConnectStates states;
    private final CodeExchange exchange;
    private final Connections connections;
    private final Organizations organizations;
    private final UserAccounts accounts;
    private final ObjectProvider<SecondFactors> secondFactors;
    private final PublicUrl publicUrl;
    private final Clock clock = Clock.systemUTC();

    GitHubConnect(
            OAuthProperties oauth,
            InstanceSettings settings,
            CodeExchange exchange,
            Connections connections,
            Organizations organizations,
            UserAccounts accounts,
            ObjectProvider<SecondFactors> secondFactors,
            PublicUrl publicUrl) {
        this.app = oauth.github();
        this.states = new ConnectStates(
                new SignedTokens(settings.getOrCreate("github_connect_state_key", HmacSha256::newKey)));
        this.exchange = exchange;
        this.connections = connections;
        this.organizations = organizations;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.publicUrl = publicUrl;
    }

    /** Whether the GitHub OAuth app is configured (the same one sign-in with GitHub uses). */
    public boolean configured() {
        return !app.clientId().isBlank();
    }

    /**
     * Where to send the member's browser to authorize, and the PKCE verifier that browser must
     * keep (in a cookie) for the callback.
     *
     * @throws DomainException {@code 409 github-oauth-not-configured}
     */
    public Start start(Membership member, String redirectUri) {
        if (!configured()) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "github-oauth-not-configured",
                    "Connecting with GitHub needs the installation's GitHub OAuth app (VECTORT_OAUTH_GITHUB_CLIENT_ID"
                            + " and VECTORT_OAUTH_GITHUB_CLIENT_SECRET); connect with a personal access token instead");
        }
        String verifier = newVerifier();
        String state = states.issue(member.orgId(), member.userId(), challenge(verifier), clock.instant());
        String url = app.url() + "/login/oauth/authorize?client_id=" + encode(app.clientId())
                + "&redirect_uri=" + encode(redirectUri)
                + "&scope=" + encode(SCOPES)
                + "&state=" + encode(state)
                + "&code_challenge=" + encode(challenge(verifier))
                + "&code_challenge_method=S256";
        return new Start(url, verifier);
    }

    /** Finishes GitHub's callback; answers the web app's page to send the browser to. */
    public URI finish(Callback callback, String redirectUri) {
        Optional<ConnectStates.State> opened =
                Optional.ofNullable(callback.state()).flatMap(state -> states.open(state, clock.instant()));
        if (opened.isEmpty()) {
            log.info("GitHub connection refused: the state is missing or not Vectort's");
            return publicUrl.link("/projects?github=error&reason=invalid-state");
        }
        ConnectStates.State state = opened.get();
        String outcome = outcome(state, callback, redirectUri);
        log.info("GitHub connection of organisation {} by user {}: {}", state.orgId(), state.userId(), outcome);
        return publicUrl.link("/orgs/" + state.orgId()
                + (outcome.equals("connected") ? "?github=connected" : "?github=error&reason=" + outcome));
    }

    private String outcome(ConnectStates.State state, Callback callback, String redirectUri) {
        if (state.expired()) {
            return "expired";
        }
        String verifier = callback.verifier();
        if (verifier == null
                || !MessageDigest.isEqual(
                        challenge(verifier).getBytes(StandardCharsets.US_ASCII),
                        state.challenge().getBytes(StandardCharsets.US_ASCII))) {
            // Another browser than the one that started: a link sent to someone (their token would
            // end in the sender's organisation), or cookies lost on the way.
            return "invalid-state";
        }
        if (callback.error() != null) {
            return "access_denied".equals(callback.error()) ? "denied" : "provider-error";
        }
        String code = callback.code();
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            return "provider-error";
        }
        if (!configured()) {
            return "not-configured";
        }
        Optional<Membership> admin = admin(state.orgId(), state.userId());
        if (admin.isEmpty()) {
            return "forbidden";
        }
        String token;
        try {
            token = exchange.exchange(code, redirectUri, verifier);
        } catch (CodeExchange.Failed e) {
            log.warn("GitHub code exchange for organisation {} failed: {}", state.orgId(), e.getMessage());
            return e.reason();
        }
        try {
            connections.save(admin.get(), ConnectionKind.GITHUB, token, ConnectionMethod.OAUTH);
        } catch (GitHubException e) {
            log.warn("GitHub refused the token it just issued for organisation {}: {}", state.orgId(), e.code());
            return e.retryable() ? "unavailable" : "exchange-failed";
        }
        return "connected";
    }

    /**
     * The user's membership when they may still connect: an owner or admin now (the role may have
     * changed since the start), with a second factor where the organisation's policy asks for one.
     */
    private Optional<Membership> admin(UUID orgId, UUID userId) {
        return accounts.find(userId)
                .flatMap(user -> organizations.membership(user.id(), user.email(), Optional.of(orgId.toString())))
                .filter(member -> member.can(Role.ADMIN))
                .filter(member -> !member.mfaPolicy().covers(member.role())
                        || !secondFactors
                                .getIfAvailable(() -> SecondFactors.NONE)
                                .methods(userId)
                                .isEmpty());
    }

    private static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** PKCE's S256 challenge of a verifier (RFC 7636 §4.2). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The authorization URL and the verifier the starting browser keeps. */
    public record Start(String url, String verifier) {}

    /** GitHub's callback as the browser brought it, with the browser's verifier cookie. */
    public record Callback(
            @Nullable String state,
            @Nullable String code,
            @Nullable String error,
            @Nullable String verifier) {}
}
