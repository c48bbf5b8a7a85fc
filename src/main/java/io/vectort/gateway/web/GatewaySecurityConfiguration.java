package io.vectort.gateway.web;

import io.vectort.gateway.OpenAiError;
import io.vectort.identity.ApiKeyVerifier;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/** {@code /v1} accepts API keys only (no user sessions), and answers errors in OpenAI's shape. */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain gatewaySecurityFilterChain(HttpSecurity http, ApiKeyVerifier keys, JsonMapper json)
            throws Exception {
        OpenAiErrorWriter errors = new OpenAiErrorWriter(json);
        OpenAiError missing = new OpenAiError(
                401,
                "invalid_request_error",
                Optional.empty(),
                Optional.of("missing_api_key"),
                "You didn't provide an API key. Send it as Authorization: Bearer vt_...");
        http.securityMatcher("/v1/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, errors), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                                (request, response, e) -> errors.write(response, missing))
                        .accessDeniedHandler((request, response, e) -> errors.write(response, missing)));
        return http.build();
    }
}
