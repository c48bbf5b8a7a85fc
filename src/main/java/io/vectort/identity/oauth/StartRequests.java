package io.vectort.identity.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Builds the redirect to the provider with Spring Security's resolver (state; PKCE, and a nonce for
 * OpenID Connect), then adds where to go afterwards and, when a signed-in user links a provider,
 * whose account it is. Apple answers with a form POST ({@code response_mode=form_post}), as it
 * requires when asking for the name or email.
 *
 * <p>An unknown or unavailable provider, or an unusable link intent, resolves to nothing and marks
 * the request: Spring would answer an exception with a bare 500, whereas the start endpoint's
 * controller sends the browser to a page that explains.
 */
class StartRequests implements OAuth2AuthorizationRequestResolver {

    static final String NEXT = "vectort_next";
    static final String LINK_USER = "vectort_link_user";
    /** A link ticket this round-trip proves with a provider the existing account already has. */
    static final String LINK_TICKET = "vectort_link_ticket";
    /** Set on the request when the start failed: the error code for the page. */
    static final String FAILED = StartRequests.class.getName() + ".failed";

    private static final Logger log = LoggerFactory.getLogger(StartRequests.class);

    private final DefaultOAuth2AuthorizationRequestResolver common;
    private final DefaultOAuth2AuthorizationRequestResolver apple;
    private final OAuthTickets tickets;

    StartRequests(SignInProviders providers, OAuthTickets tickets) {
        this.tickets = tickets;
        this.common =
                new DefaultOAuth2AuthorizationRequestResolver(providers.registrations(), SignInProviders.START_PATH);
        this.apple =
                new DefaultOAuth2AuthorizationRequestResolver(providers.registrations(), SignInProviders.START_PATH);
        this.apple.setAuthorizationRequestCustomizer(
                builder -> builder.additionalParameters(parameters -> parameters.put("response_mode", "form_post")));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        String provider = providerOf(request);
        if (provider == null) {
            return null;
        }
        return resolve(request, provider);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String provider) {
        OAuth2AuthorizationRequest resolved;
        try {
            resolved = ("apple".equals(provider) ? apple : common).resolve(request, provider);
        } catch (RuntimeException e) {
            log.debug("Cannot start a sign-in with {}: {}", provider, e.toString());
            resolved = null;
        }
        if (resolved == null) {
            request.setAttribute(FAILED, "provider-unavailable");
            return null;
        }
        Optional<UUID> linkUser = Optional.empty();
        String intent = request.getParameter("intent");
        if (intent != null) {
            linkUser = tickets.consumeIntent(intent, provider);
            if (linkUser.isEmpty()) {
                request.setAttribute(FAILED, "link-expired");
                return null;
            }
        }
        String linkTicket = request.getParameter("link");
        if (linkTicket != null && tickets.peekLink(linkTicket).isEmpty()) {
            request.setAttribute(FAILED, "link-expired");
            return null;
        }
        String next = LocalPaths.orDefault(request.getParameter("next"));
        Optional<UUID> user = linkUser;
        return OAuth2AuthorizationRequest.from(resolved)
                .attributes(attributes -> {
                    attributes.put(NEXT, next);
                    user.ifPresent(id -> attributes.put(LINK_USER, id.toString()));
                    if (linkTicket != null) {
                        attributes.put(LINK_TICKET, linkTicket);
                    }
                })
                .build();
    }

    private static @Nullable String providerOf(HttpServletRequest request) {
        String prefix = request.getContextPath() + SignInProviders.START_PATH + "/";
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix) || !"GET".equals(request.getMethod())) {
            return null;
        }
        String provider = uri.substring(prefix.length());
        return provider.matches("[a-z0-9-]{1,40}") ? provider : null;
    }
}
