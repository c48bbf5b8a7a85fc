package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.IdentityProperties;
import io.vectort.identity.Sessions;
import io.vectort.identity.TokenPair;
import io.vectort.identity.UserAccounts;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
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
    private final RateLimiter limiter;
    private final IdentityProperties properties;

    AuthController(UserAccounts accounts, Sessions sessions, RateLimiter limiter, IdentityProperties properties) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.limiter = limiter;
        this.properties = properties;
    }

    @Operation(summary = "Create an account (at most a few per client address per hour)")
    @PostMapping("/register")
    ResponseEntity<Account> register(
            @Valid @RequestBody AuthRequests.Credentials body, jakarta.servlet.http.HttpServletRequest request) {
        limiter.tryAcquire(
                        "register:" + request.getRemoteAddr(),
                        new RateLimit(
                                "sign-ups from this address", properties.registrationsPerHour(), Duration.ofHours(1)))
                .orThrow();
        AuthenticatedUser user = accounts.register(body.email(), body.password());
        return ResponseEntity.created(URI.create("/api/v1/auth/me")).body(new Account(user.id(), user.email()));
    }

    @Operation(summary = "Sign in: returns an access token and a refresh token")
    @PostMapping("/login")
    TokenPair login(@Valid @RequestBody AuthRequests.Credentials body) {
        return sessions.login(body.email(), body.password());
    }

    @Operation(summary = "Exchange a refresh token for new tokens (the old refresh token stops working)")
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody AuthRequests.RefreshToken body) {
        return sessions.refresh(body.refreshToken());
    }

    @Operation(summary = "Sign out: revokes the session the refresh token belongs to")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody AuthRequests.RefreshToken body) {
        sessions.logout(body.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The signed-in account")
    @GetMapping("/me")
    Account me(AuthenticatedUser user) {
        return new Account(user.id(), user.email());
    }

    record Account(UUID id, String email) {}
}
