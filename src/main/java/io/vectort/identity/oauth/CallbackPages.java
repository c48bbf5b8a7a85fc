package io.vectort.identity.oauth;

import io.vectort.identity.IdentityProperties;
import io.vectort.identity.SignInContext;
import io.vectort.identity.SignInOutcome;
import io.vectort.identity.web.SignInAnswers;
import io.vectort.identity.web.SignInRequests;
import io.vectort.shared.DomainException;
import io.vectort.shared.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the provider's callback sends the browser: always a page of the web app, with what happened
 * in the URL fragment (which never reaches a server log or a Referer) — never an error page of the
 * server. A sign-in leaves the refresh cookie and goes to {@code /signin/complete#next=…}; a second
 * factor, a link to confirm or an error go there too with their own fields; a provider linked from
 * the settings returns to them.
 */
@Component
class CallbackPages implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String COMPLETE = "/signin/complete";
    static final String SETTINGS = "/settings/security";

    private static final Logger log = LoggerFactory.getLogger(CallbackPages.class);

    private final ProviderSignIns signIns;
    private final OAuthMetrics metrics;
    private final IdentityProperties identity;
    private final PublicUrl publicUrl;

    CallbackPages(ProviderSignIns signIns, OAuthMetrics metrics, IdentityProperties identity, PublicUrl publicUrl) {
        this.signIns = signIns;
        this.metrics = metrics;
        this.identity = identity;
        this.publicUrl = publicUrl;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        // Stateless: the provider's principal is not a Vectort session and must not outlive the request.
        SecurityContextHolder.clearContext();
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        String provider = token.getAuthorizedClientRegistrationId();
        Optional<OAuth2AuthorizationRequest> started = AuthorizationRequests.consumed(request);
        String next = LocalPaths.orDefault(
                started.map(r -> (String) r.getAttribute(StartRequests.NEXT)).orElse(null));
        Optional<UUID> linkUser = started.map(r -> (String) r.getAttribute(StartRequests.LINK_USER))
                .map(UUID::fromString);
        try {
            ProviderProfile profile = ProviderProfiles.from(token, request);
            if (linkUser.isPresent()) {
                signIns.linkTo(linkUser.get(), profile);
                metrics.record(provider, OAuthMetrics.Result.SUCCESS);
                redirect(response, SETTINGS, Map.of("linked", provider));
                return;
            }
            Optional<String> linkTicket = started.map(r -> (String) r.getAttribute(StartRequests.LINK_TICKET));
            SignInContext context = SignInRequests.context(request).withMethod(provider);
            ProviderSignIns.Result result = linkTicket.isPresent()
                    ? signIns.proveLink(linkTicket.get(), profile, next, context)
                    : signIns.signIn(profile, next, context);
            switch (result) {
                case ProviderSignIns.Result.SignedIn signedIn -> signedIn(response, request, provider, signedIn);
                case ProviderSignIns.Result.LinkRequired link -> {
                    metrics.record(provider, OAuthMetrics.Result.LINK_REQUIRED);
                    redirect(
                            response,
                            COMPLETE,
                            ordered(
                                    "link",
                                    link.ticket(),
                                    "provider",
                                    provider,
                                    "email",
                                    link.email(),
                                    // How the existing account can prove it is theirs.
                                    "password",
                                    link.proofs().password() ? "1" : "0",
                                    "via",
                                    String.join(",", link.proofs().providers()),
                                    "next",
                                    next));
                }
            }
        } catch (DomainException e) {
            metrics.record(provider, OAuthMetrics.Result.DENIED);
            fail(response, linkUser.isPresent(), e.code());
        } catch (RuntimeException e) {
            log.warn("Sign-in with {} failed after the provider's answer", provider, e);
            metrics.record(provider, OAuthMetrics.Result.ERROR);
            fail(response, linkUser.isPresent(), "provider-error");
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = codeOf(exception);
        String provider = providerOf(request);
        boolean denied = "denied".equals(code);
        if (!denied) {
            log.info("Sign-in with {} failed: {}", provider, exception.getMessage());
        }
        metrics.record(provider, denied ? OAuthMetrics.Result.DENIED : OAuthMetrics.Result.ERROR);
        boolean fromSettings = AuthorizationRequests.consumed(request)
                .map(r -> r.getAttribute(StartRequests.LINK_USER) != null)
                .orElse(false);
        fail(response, fromSettings, code);
    }

    /** The page for a start that could not even reach the provider. */
    String startFailed(String code, boolean fromSettings) {
        return location(fromSettings ? SETTINGS : COMPLETE, Map.of("error", code));
    }

    private void signedIn(
            HttpServletResponse response,
            HttpServletRequest request,
            String provider,
            ProviderSignIns.Result.SignedIn signedIn)
            throws IOException {
        switch (signedIn.outcome()) {
            case SignInOutcome.SignedIn session -> {
                metrics.record(
                        provider, signedIn.created() ? OAuthMetrics.Result.CREATED : OAuthMetrics.Result.SUCCESS);
                response.addHeader(
                        HttpHeaders.SET_COOKIE,
                        SignInAnswers.refreshCookie(
                                session.tokens().refreshToken(), identity.refreshTokenTtl(), request));
                redirect(response, COMPLETE, Map.of("next", signedIn.next()));
            }
            case SignInOutcome.SecondFactorRequired required -> {
                metrics.record(provider, OAuthMetrics.Result.MFA_REQUIRED);
                redirect(
                        response,
                        COMPLETE,
                        ordered(
                                "mfa",
                                required.challenge(),
                                "methods",
                                String.join(",", required.methods()),
                                "next",
                                signedIn.next()));
            }
        }
    }

    private void fail(HttpServletResponse response, boolean fromSettings, String code) throws IOException {
        redirect(response, fromSettings ? SETTINGS : COMPLETE, Map.of("error", code));
    }

    private void redirect(HttpServletResponse response, String page, Map<String, String> fragment) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.sendRedirect(location(page, fragment));
    }

    private String location(String page, Map<String, String> fragment) {
        String encoded = fragment.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return publicUrl.link(page) + "#" + encoded;
    }

    private static String codeOf(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException oauth)) {
            return "provider-error";
        }
        return switch (oauth.getError().getErrorCode()) {
            case OAuth2ErrorCodes.ACCESS_DENIED -> "denied";
            case "authorization_request_not_found", "invalid_state_parameter" -> "invalid-state";
            default -> "provider-error";
        };
    }

    private static String providerOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
