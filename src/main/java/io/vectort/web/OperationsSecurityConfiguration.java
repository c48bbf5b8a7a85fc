package io.vectort.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Metrics and actuator endpoints, on the public port and on the management port alike (Spring Boot
 * applies this filter chain to both). The scrape token is not a user's access token, so this chain
 * has no JWT processing: {@link MetricsAccessFilter} alone decides.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain operationsSecurityFilterChain(
            HttpSecurity http, WebProperties properties, Environment environment, ProblemWriter problems)
            throws Exception {
        http.securityMatcher("/api/metrics", "/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new MetricsAccessFilter(properties, environment, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
