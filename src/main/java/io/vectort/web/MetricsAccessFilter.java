package io.vectort.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read {@code /api/metrics} and {@code /actuator/**}: Prometheus with the scrape token, or
 * anyone who reaches the separate management port. Metrics name users' models, routes and volumes,
 * so without a token and without a management port they are closed, never open. Health probes
 * stay open: orchestrators probe without credentials, and they reveal only a status.
 */
final class MetricsAccessFilter extends OncePerRequestFilter {

    /** Probes the orchestrators use (besides {@code /livez} and {@code /readyz}, outside this chain). */
    static final Set<String> HEALTH_PROBES =
            Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    private enum Verdict {
        ALLOW,
        NOT_FOUND,
        UNAUTHORIZED
    }

    private final byte[] token;
    private final Environment environment;
    private final ProblemWriter problems;

    MetricsAccessFilter(WebProperties properties, Environment environment, ProblemWriter problems) {
        this.token = properties.metricsToken().strip().getBytes(StandardCharsets.UTF_8);
        this.environment = environment;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (verdict(request)) {
            case ALLOW -> chain.doFilter(request, response);
            case NOT_FOUND -> problems.write(response, HttpStatus.NOT_FOUND, "not-found", "Resource not found");
            case UNAUTHORIZED -> {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
                problems.write(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Send the metrics token (VECTORT_METRICS_TOKEN) as Authorization: Bearer <token>");
            }
        }
    }

    private Verdict verdict(HttpServletRequest request) {
        boolean separatePort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        boolean onManagementPort = separatePort
                && String.valueOf(request.getLocalPort()).equals(environment.getProperty("local.management.port"));
        if (separatePort && !onManagementPort) {
            // Served elsewhere: the public port knows nothing of them.
            return Verdict.NOT_FOUND;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HEALTH_PROBES.contains(path)) {
            return Verdict.ALLOW;
        }
        if (token.length == 0) {
            return onManagementPort ? Verdict.ALLOW : Verdict.NOT_FOUND;
        }
        return presentsToken(request) ? Verdict.ALLOW : Verdict.UNAUTHORIZED;
    }

    private boolean presentsToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant time: the comparison must not tell an attacker how much of a guess was right.
        return MessageDigest.isEqual(presented, token);
    }
}
