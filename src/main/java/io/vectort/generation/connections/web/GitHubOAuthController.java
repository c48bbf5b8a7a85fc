package io.vectort.generation.connections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.connections.oauth.GitHubConnect;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Connect with GitHub": the web app asks for the authorization URL and sends the browser there;
 * GitHub sends it back to the callback, which ends on the organisation's page. The verifier cookie
 * travels only to the callback's path and lives as long as the state.
 */
@Tag(name = "Organizations")
@RestController
class GitHubOAuthController {

    static final String VERIFIER_COOKIE = "vectort_github_connect";

    private final GitHubConnect connect;
    private final PublicUrl publicUrl;

    GitHubOAuthController(GitHubConnect connect, PublicUrl publicUrl) {
        this.connect = connect;
        this.publicUrl = publicUrl;
    }

    @Operation(
            summary = "Start connecting GitHub through the installation's GitHub OAuth app: the URL to send the"
                    + " browser to (409 github-oauth-not-configured without one)")
    @OrgAccess(Role.ADMIN)
    @PostMapping("/api/v1/orgs/{org}/connections/github/authorize")
    ResponseEntity<AuthorizeView> authorize(Membership member, @PathVariable String org, HttpServletRequest request) {
        GitHubConnect.Start start = connect.start(member, redirectUri(request, GitHubConnect.CALLBACK_PATH));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.SET_COOKIE,
                        cookie(start.verifier(), Duration.ofMinutes(10), GitHubConnect.CALLBACK_PATH, request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new AuthorizeView(start.url()));
    }

    @Operation(
            summary = "GitHub's return after \"Connect with GitHub\" (a browser navigation): stores the token and"
                    + " redirects to the organisation's page with ?github=connected or ?github=error&reason=…")
    @PublicAccess
    @GetMapping(GitHubConnect.CALLBACK_PATH)
    ResponseEntity<Void> callback(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String error,
            @CookieValue(name = VERIFIER_COOKIE, required = false) @Nullable String verifier,
            HttpServletRequest request) {
        return finish(new GitHubConnect.Callback(state, code, error, verifier), GitHubConnect.CALLBACK_PATH, request);
    }

    @Operation(
            deprecated = true,
            summary = "The callback's former path, for an authorization started before it moved below sign-in's")
    @PublicAccess
    @GetMapping(GitHubConnect.FORMER_CALLBACK_PATH)
    ResponseEntity<Void> formerCallback(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String error,
            @CookieValue(name = VERIFIER_COOKIE, required = false) @Nullable String verifier,
            HttpServletRequest request) {
        return finish(
                new GitHubConnect.Callback(state, code, error, verifier), GitHubConnect.FORMER_CALLBACK_PATH, request);
    }

    /** The exchange names the path GitHub came back to, as the start did; the cookie is cleared there. */
    private ResponseEntity<Void> finish(GitHubConnect.Callback callback, String path, HttpServletRequest request) {
        var location = connect.finish(callback, redirectUri(request, path));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(location)
                .header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, path, request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * The same URL at the start and at the exchange (GitHub compares them): under {@code
     * VECTORT_PUBLIC_URL}, else this server's origin, as sign-in builds its own.
     */
    private String redirectUri(HttpServletRequest request, String path) {
        return publicUrl
                        .base()
                        .orElseGet(() -> ServletUriComponentsBuilder.fromContextPath(request)
                                .toUriString())
                + path;
    }

    /** Lax: GitHub's return is a top-level GET navigation, which carries Lax cookies. */
    private static String cookie(String value, Duration maxAge, String path, HttpServletRequest request) {
        return ResponseCookie.from(VERIFIER_COOKIE, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(path)
                .maxAge(maxAge)
                .build()
                .toString();
    }

    record AuthorizeView(String url) {}
}
