package io.vectort.identity.web;

import io.vectort.identity.SignInOutcome;
import io.vectort.identity.TokenPair;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * How a finished sign-in is answered, for sign-ins that end outside {@link AuthController}
 * (providers): the same body and refresh cookie as {@code POST /api/v1/auth/login}.
 */
public final class SignInAnswers {

    private SignInAnswers() {}

    /** Tokens (the web app's refresh token as a cookie), or the second-factor challenge. */
    public static ResponseEntity<?> answer(SignInOutcome outcome, Duration refreshTtl, HttpServletRequest request) {
        return switch (outcome) {
            case SignInOutcome.SignedIn signedIn -> tokens(signedIn.tokens(), refreshTtl, request);
            case SignInOutcome.SecondFactorRequired required -> ResponseEntity.ok(SecondFactorChallenge.of(required));
        };
    }

    /**
     * The web app's refresh cookie for a session started by a browser navigation (a provider's
     * callback); the web app then calls {@code /api/v1/auth/refresh} for its access token.
     */
    public static String refreshCookie(String refreshToken, Duration refreshTtl, HttpServletRequest request) {
        return RefreshCookie.issue(refreshToken, refreshTtl, request);
    }

    private static ResponseEntity<SessionTokens> tokens(TokenPair pair, Duration ttl, HttpServletRequest request) {
        if (!RefreshCookie.fromBrowserApp(request)) {
            return ResponseEntity.ok(SessionTokens.withRefreshToken(pair));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.issue(pair.refreshToken(), ttl, request))
                .body(SessionTokens.withoutRefreshToken(pair));
    }
}
