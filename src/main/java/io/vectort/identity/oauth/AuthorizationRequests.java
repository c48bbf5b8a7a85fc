package io.vectort.identity.oauth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Component;

/**
 * Keeps a sign-in's authorization request between the start and the provider's callback without a
 * server session: in PostgreSQL (shared by every node), keyed by a hash of {@code state}, for ten
 * minutes, and readable once — a replayed callback finds nothing. The browser that started the
 * sign-in holds a random cookie whose hash is stored with the request, so a callback link sent to
 * someone else (login CSRF, a forwarded link) does not complete in their browser.
 */
@Component
class AuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final Duration TTL = Duration.ofMinutes(10);
    static final String BINDING_COOKIE = "vectort_oauth";
    /** Where the callback's handlers find the request this callback consumed. */
    static final String CONSUMED = AuthorizationRequests.class.getName() + ".consumed";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    AuthorizationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        // Only the callback reads a request, and it consumes it (removeAuthorizationRequest).
        return null;
    }

    @Override
    public void saveAuthorizationRequest(
            @Nullable OAuth2AuthorizationRequest authorizationRequest,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            return;
        }
        String provider = authorizationRequest.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
        String binding = bindingOf(request).orElseGet(AuthorizationRequests::newBinding);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("delete from oauth_authorization_requests where expires_at < :now")
                .param("now", now)
                .update();
        jdbc.sql("""
                        insert into oauth_authorization_requests (state_hash, binding_hash, provider, sealed, expires_at)
                        values (:state, :binding, :provider, :sealed, :expires)""")
                .param("state", SealedRequests.stateHash(authorizationRequest.getState()))
                .param("binding", SealedRequests.sha256(binding))
                .param("provider", provider)
                .param("sealed", SealedRequests.seal(authorizationRequest, provider))
                .param("expires", Timestamp.from(clock.instant().plus(TTL)))
                .update();
        response.addHeader(HttpHeaders.SET_COOKIE, bindingCookie(binding, provider, request));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(
            HttpServletRequest request, HttpServletResponse response) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        if (state == null || state.isBlank() || state.length() > 512) {
            return null;
        }
        Optional<Stored> stored = jdbc.sql("""
                        delete from oauth_authorization_requests where state_hash = :state
                        returning binding_hash, provider, sealed, expires_at""")
                .param("state", SealedRequests.stateHash(state))
                .query((rs, n) -> new Stored(
                        rs.getBytes("binding_hash"),
                        rs.getString("provider"),
                        rs.getBytes("sealed"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
        if (stored.isEmpty() || stored.get().expiresAt().isBefore(clock.instant())) {
            return null;
        }
        Optional<String> binding = bindingOf(request);
        if (binding.isEmpty()
                || !MessageDigest.isEqual(
                        SealedRequests.sha256(binding.get()), stored.get().bindingHash())
                || !request.getRequestURI().endsWith("/" + stored.get().provider())) {
            return null;
        }
        Optional<OAuth2AuthorizationRequest> opened =
                SealedRequests.open(stored.get().sealed(), state, stored.get().provider());
        opened.ifPresent(authorizationRequest -> request.setAttribute(CONSUMED, authorizationRequest));
        return opened.orElse(null);
    }

    /** The request the current callback consumed, for the handlers that finish the sign-in. */
    static Optional<OAuth2AuthorizationRequest> consumed(HttpServletRequest request) {
        return Optional.ofNullable((OAuth2AuthorizationRequest) request.getAttribute(CONSUMED));
    }

    private static Optional<String> bindingOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> BINDING_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.matches("[A-Za-z0-9_-]{43}"))
                .findFirst();
    }

    private static String newBinding() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Lax is enough for providers that come back with a top-level GET. Apple comes back with a
     * cross-site POST (form_post), which only carries a {@code SameSite=None} cookie, and browsers
     * accept those only when {@code Secure}: over plain HTTP Apple cannot work anyway (it requires
     * HTTPS redirect URIs).
     */
    private static String bindingCookie(String value, String provider, HttpServletRequest request) {
        boolean crossSitePost = "apple".equals(provider) && request.isSecure();
        return ResponseCookie.from(BINDING_COOKIE, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite(crossSitePost ? "None" : "Lax")
                .path("/api/v1/auth/oauth2")
                .maxAge(TTL)
                .build()
                .toString();
    }

    private record Stored(byte[] bindingHash, String provider, byte[] sealed, java.time.Instant expiresAt) {}
}
