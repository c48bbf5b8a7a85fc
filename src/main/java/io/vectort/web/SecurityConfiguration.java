package io.vectort.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stateless bearer-token security: the API needs a valid access token except for sign-up, sign-in,
 * the catalog, the API docs and the Stripe and Twilio webhooks (authenticated by their signatures).
 * Metrics and actuator endpoints have their own chain ({@link OperationsSecurityConfiguration}).
 * The only cookie is the refresh token's, read by refresh and logout alone; they require the
 * {@code X-Requested-With} header with it, which a cross-site form cannot send, so no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Previews are public capability URLs (the signed token is the permission) and published sites
     * are public; previews are framed by the app itself, so they may be shown in a same-origin frame; their own CSP sandboxes them. The
     * default {@code X-Content-Type-Options: nosniff} stays: {@code PreviewController} declares each
     * file's exact type and the cross-origin headers its sandboxed (opaque-origin) page needs.
     */
    @Bean
    @Order(1)
    SecurityFilterChain previewSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/preview/**", "/sites/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers ->
                        headers.frameOptions(frame -> frame.sameOrigin()).cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            boolean tokenSent = request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
            problems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    tokenSent ? "invalid-token" : "unauthenticated",
                    tokenSent
                            ? "The access token is invalid or expired; refresh it or sign in again"
                            : "Sign in first: send an access token as Authorization: Bearer <token>");
        };
        AccessDeniedHandler denied = (request, response, e) ->
                problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "You may not do this");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/auth/register",
                                "/api/v1/auth/login",
                                "/api/v1/auth/refresh",
                                "/api/v1/auth/logout",
                                "/api/v1/auth/mfa/verify",
                                "/api/v1/auth/oauth2/link",
                                "/api/v1/auth/verify-email",
                                "/api/v1/auth/verify-email/resend",
                                "/api/v1/auth/password-reset",
                                "/api/v1/auth/password-reset/confirm",
                                "/api/v1/auth/email-change/confirm",
                                "/api/v1/stripe/webhook",
                                // Twilio's webhooks are authenticated by their signature.
                                "/api/v1/sms/twilio/inbound",
                                "/api/v1/sms/twilio/status")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/catalog", "/api/v1/auth/providers")
                        .permitAll()
                        // GitHub's return after "Connect with GitHub": a browser navigation without the
                        // bearer token, checked by its signed state and the starting browser's cookie.
                        // Below sign-in's callback, yet here: the sign-in chain takes one segment only.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/auth/oauth2/callback/github/connect",
                                "/api/v1/connections/github/callback")
                        .permitAll()
                        // HEAD is GET without the body: public where GET is.
                        .requestMatchers(
                                HttpMethod.HEAD,
                                "/api/v1/catalog",
                                "/api/v1/projects/*/exports/*",
                                "/api/v1/me/export/*/download",
                                "/api/v1/assistant/calendar.ics")
                        .permitAll()
                        // The Assistant's calendar feed: calendar apps send the feed's token, not a bearer token.
                        .requestMatchers(HttpMethod.GET, "/api/v1/assistant/calendar.ics")
                        .permitAll()
                        // Export downloads (a project's version, a user's data) carry a signed,
                        // expiring token instead of a bearer token.
                        .requestMatchers(HttpMethod.GET, "/api/v1/projects/*/exports/*", "/api/v1/me/export/*/download")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/api/**", "/v1/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterAfter(new UserLogContextFilter(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** The app's policy everywhere, a variant with inline styles for Swagger UI's pages. */
    private static HeaderWriter contentSecurityPolicy() {
        RequestMatcher apiDocs = PathPatternRequestMatcher.withDefaults().matcher(SecurityHeaders.API_DOCS_PAGES);
        HeaderWriter app = new ContentSecurityPolicyHeaderWriter(SecurityHeaders.CONTENT_SECURITY_POLICY);
        HeaderWriter docs = new ContentSecurityPolicyHeaderWriter(SecurityHeaders.API_DOCS_CONTENT_SECURITY_POLICY);
        return (request, response) -> (apiDocs.matches(request) ? docs : app).writeHeaders(request, response);
    }
}
