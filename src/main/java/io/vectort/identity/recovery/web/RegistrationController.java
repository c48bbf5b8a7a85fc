package io.vectort.identity.recovery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.IdentityProperties;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.recovery.Registration;
import io.vectort.identity.recovery.Registrations;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
class RegistrationController {

    private final Registrations registrations;
    private final RateLimiter limiter;
    private final IdentityProperties properties;

    RegistrationController(Registrations registrations, RateLimiter limiter, IdentityProperties properties) {
        this.registrations = registrations;
        this.limiter = limiter;
        this.properties = properties;
    }

    @Operation(
            summary = "Create an account (at most a few per client address per hour). The answer is 202 with"
                    + " the same body whether the address is new or already has an account (its owner is told"
                    + " by email); emailVerification says whether to confirm the address before signing in")
    @PublicAccess
    @PostMapping("/api/v1/auth/register")
    ResponseEntity<Registration> register(
            @Valid @RequestBody RecoveryRequests.Credentials body, HttpServletRequest request) {
        limiter.tryAcquire(
                        "register:" + request.getRemoteAddr(),
                        new RateLimit(
                                "sign-ups from this address", properties.registrationsPerHour(), Duration.ofHours(1)))
                .orThrow();
        return ResponseEntity.accepted().body(registrations.register(body.email(), body.password()));
    }
}
