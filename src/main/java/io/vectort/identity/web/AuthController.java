package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.IdentityProperties;
import io.vectort.identity.Sessions;
import io.vectort.identity.SignInOutcome;
import io.vectort.identity.SignIns;
import io.vectort.identity.TokenPair;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.access.UserAccess;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final UserAccounts accounts;
    private final Sessions sessions;
    private final SignIns signIns;
    private final IdentityProperties properties;

    AuthController(UserAccounts accounts, Sessions sessions, SignIns signIns, IdentityProperties properties) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.signIns = signIns;
        this.properties = properties;
    }

    @Operation(
            summary = "Sign in: returns an access token and a refresh token (for the web app, with"
                    + " X-Requested-With: vectort, the refresh token is an HttpOnly cookie instead); for an"
                    + " account with MFA, a challenge to answer at /api/v1/auth/mfa/verify. Failed attempts"
                    + " are throttled per account and per client address (429 with Retry-After)")
    @PublicAccess
    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody AuthRequests.Credentials body, HttpServletRequest request) {
        SignInOutcome outcome = signIns.withPassword(body.email(), body.password(), SignInRequests.context(request));
        return switch (outcome) {
            case SignInOutcome.SignedIn signedIn -> answer(signedIn.tokens(), request);
            case SignInOutcome.SecondFactorRequired required -> ResponseEntity.ok(SecondFactorChallenge.of(required));
        };
    }

    @Operation(summary = "Answer a sign-in's second-factor challenge with an authenticator code or a recovery code")
    @PublicAccess
    @PostMapping("/mfa/verify")
    ResponseEntity<SessionTokens> verifySecondFactor(
            @Valid @RequestBody AuthRequests.SecondFactorAnswer body, HttpServletRequest request) {
        return answer(
                signIns.withSecondFactor(body.challenge(), body.code(), SignInRequests.context(request)), request);
    }

    @Operation(
            summary = "Prove your presence again (password or second-factor code) before a sensitive change;"
                    + " valid for 5 minutes in this session")
    @UserAccess
    @PostMapping("/reauthenticate")
    ResponseEntity<Void> reauthenticate(
            AuthenticatedUser user, @Valid @RequestBody AuthRequests.Reauthentication body) {
        UUID sessionId = AuthenticatedUserResolver.currentSessionId()
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.UNAUTHENTICATED, "session-ended", "Sign in again to make this change"));
        signIns.reauthenticate(user, sessionId, Optional.ofNullable(body.password()), Optional.ofNullable(body.code()));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Exchange a refresh token (in the body, or the web app's cookie with"
                    + " X-Requested-With: vectort) for new tokens; the old refresh token stops working")
    @PublicAccess
    @PostMapping("/refresh")
    ResponseEntity<SessionTokens> refresh(
            @RequestBody(required = false) AuthRequests.@Nullable RefreshToken body, HttpServletRequest request) {
        return answer(sessions.refresh(presentedToken(body, request), SignInRequests.context(request)), request);
    }

    @Operation(summary = "Sign out: revokes the session the refresh token (body or cookie) belongs to")
    @PublicAccess
    @PostMapping("/logout")
    ResponseEntity<Void> logout(
            @RequestBody(required = false) AuthRequests.@Nullable RefreshToken body, HttpServletRequest request) {
        sessions.logout(presentedToken(body, request));
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
                .build();
    }

    private ResponseEntity<SessionTokens> answer(TokenPair pair, HttpServletRequest request) {
        if (!RefreshCookie.fromBrowserApp(request)) {
            return ResponseEntity.ok(SessionTokens.withRefreshToken(pair));
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.SET_COOKIE,
                        RefreshCookie.issue(pair.refreshToken(), properties.refreshTokenTtl(), request))
                .body(SessionTokens.withoutRefreshToken(pair));
    }

    /** The body's token (API clients), else the cookie's, which only the web app may use. */
    private static String presentedToken(AuthRequests.@Nullable RefreshToken body, HttpServletRequest request) {
        if (body != null && body.refreshToken() != null && !body.refreshToken().isBlank()) {
            return body.refreshToken();
        }
        Optional<String> cookie = RefreshCookie.read(request);
        if (cookie.isEmpty()) {
            throw new InvalidRequestException("refreshToken", "required", "must not be empty");
        }
        if (!RefreshCookie.fromBrowserApp(request)) {
            throw new DomainException(
                    ErrorCategory.FORBIDDEN,
                    "missing-csrf-header",
                    "Requests authenticated by the refresh cookie must send " + RefreshCookie.BROWSER_HEADER + ": "
                            + RefreshCookie.BROWSER_HEADER_VALUE);
        }
        return cookie.get();
    }

    @Operation(summary = "The signed-in account")
    @UserAccess
    @GetMapping("/me")
    Me me(AuthenticatedUser user) {
        return new Me(
                user.id(),
                user.email(),
                user.id(),
                accounts.isPlatformAdmin(user),
                accounts.isEmailVerified(user.id()));
    }

    /** The personal organisation's id is the user's id; said explicitly so clients need not know. */
    record Me(UUID id, String email, UUID personalOrganizationId, boolean platformAdmin, boolean emailVerified) {}
}
