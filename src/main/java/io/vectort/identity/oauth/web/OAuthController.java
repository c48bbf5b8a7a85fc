package io.vectort.identity.oauth.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.IdentityProperties;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.oauth.ProviderSignIns;
import io.vectort.identity.oauth.SignInProviders;
import io.vectort.identity.oauth.StartFailures;
import io.vectort.identity.web.SignInAnswers;
import io.vectort.identity.web.SignInRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/auth")
class OAuthController {

    private final SignInProviders providers;
    private final ProviderSignIns signIns;
    private final StartFailures startFailures;
    private final IdentityProperties identity;

    OAuthController(
            SignInProviders providers,
            ProviderSignIns signIns,
            StartFailures startFailures,
            IdentityProperties identity) {
        this.providers = providers;
        this.signIns = signIns;
        this.startFailures = startFailures;
        this.identity = identity;
    }

    @Operation(summary = "The sign-in providers this installation has enabled")
    @PublicAccess
    @GetMapping("/providers")
    List<SignInProviders.Provider> providers() {
        return providers.enabled();
    }

    @Operation(
            summary = "Start signing in with a provider: redirects the browser to it (next = a path of the web app"
                    + " to return to). Answered here only when the provider is unknown or unavailable: a"
                    + " redirect to the web app's page that says so")
    @PublicAccess
    @GetMapping("/oauth2/start/{provider}")
    ResponseEntity<Void> startFailed(@PathVariable String provider, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, startFailures.location(request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @Operation(
            summary = "Link a provider's identity to the existing account its verified email belongs to, with"
                    + " that account's password, and sign in: answers like /api/v1/auth/login (tokens, or a"
                    + " second-factor challenge). Throttled like a password sign-in")
    @PublicAccess
    @PostMapping("/oauth2/link")
    ResponseEntity<?> link(@Valid @RequestBody LinkConfirmation body, HttpServletRequest request) {
        return SignInAnswers.answer(
                signIns.redeemLink(body.ticket(), body.password(), SignInRequests.context(request)),
                identity.refreshTokenTtl(),
                request);
    }

    /** The ticket from the provider's callback and the existing account's password. */
    record LinkConfirmation(
            @NotNull @Size(max = 200) String ticket,
            @NotNull @Size(max = 1024) String password) {}
}
