package io.vectort.identity.oauth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The provider round-trip's own filter chain, ahead of the API's: Spring Security's
 * {@code oauth2Login} on {@code /api/v1/auth/oauth2/start/{provider}} and
 * {@code /api/v1/auth/oauth2/callback/{provider}}, without a server session — the authorization
 * request waits in PostgreSQL ({@link AuthorizationRequests}), the provider's tokens are dropped
 * once the person is known, and the result is a Vectort session like any other.
 */
@Configuration(proxyBeanMethods = false)
class OAuthSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain oauthSecurityFilterChain(
            HttpSecurity http,
            SignInProviders providers,
            OAuthTickets tickets,
            AuthorizationRequests requests,
            CallbackPages pages,
            OAuthProperties properties)
            throws Exception {
        // One segment, the provider's id: a path below a provider's callback is the API's, such as
        // "Connect with GitHub"'s, which sits below GitHub's so that one registered URL serves both.
        http.securityMatcher(SignInProviders.START_PATH + "/*", SignInProviders.CALLBACK_PATH + "/*")
                // The callback is protected by state, PKCE, nonce and the browser-binding cookie;
                // Apple's callback is a cross-site POST that could never carry a CSRF token.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .oauth2Login(login -> login.clientRegistrationRepository(providers.registrations())
                        .authorizedClientRepository(new Forgotten())
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(SignInProviders.START_PATH)
                                .authorizationRequestRepository(requests)
                                .authorizationRequestResolver(new StartRequests(providers, tickets)))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(SignInProviders.CALLBACK_PATH + "/*"))
                        .tokenEndpoint(
                                endpoint -> endpoint.accessTokenResponseClient(new ProviderTokenClient(properties)))
                        .userInfoEndpoint(endpoint ->
                                endpoint.userService(users(properties)).oidcUserService(new OidcUserService()))
                        .successHandler(pages)
                        .failureHandler(pages));
        return http.build();
    }

    private static OAuth2UserService<OAuth2UserRequest, OAuth2User> users(OAuthProperties properties) {
        GitHubUsers github = new GitHubUsers(properties.github());
        DefaultOAuth2UserService others = new DefaultOAuth2UserService();
        return request -> "github".equals(request.getClientRegistration().getRegistrationId())
                ? github.loadUser(request)
                : others.loadUser(request);
    }

    /**
     * Vectort does not call providers' APIs on the user's behalf: their tokens are not kept (Spring
     * would otherwise hold every one in memory).
     */
    private static final class Forgotten implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String clientRegistrationId,
                org.springframework.security.core.Authentication principal,
                jakarta.servlet.http.HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                org.springframework.security.core.Authentication principal,
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                org.springframework.security.core.Authentication principal,
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {}
    }
}
