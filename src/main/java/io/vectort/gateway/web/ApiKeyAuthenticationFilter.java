package io.vectort.gateway.web;

import io.vectort.database.DatabaseTrouble;
import io.vectort.gateway.OpenAiError;
import io.vectort.identity.ApiKeyOwner;
import io.vectort.identity.ApiKeyVerifier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer vt_...} API keys on {@code /v1}. */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyVerifier keys;
    private final OpenAiErrorWriter errors;

    ApiKeyAuthenticationFilter(ApiKeyVerifier keys, OpenAiErrorWriter errors) {
        this.keys = keys;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String key = header.substring(7).strip();
        Optional<ApiKeyOwner> owner;
        try {
            owner = keys.verify(key);
        } catch (RuntimeException e) {
            // Before any controller: the exception handlers cannot answer for us.
            Optional<DatabaseTrouble> database = DatabaseTrouble.of(e);
            if (database.isEmpty()) {
                throw e;
            }
            errors.write(response, OpenAiError.database(database.get()));
            return;
        }
        if (owner.isEmpty()) {
            errors.write(
                    response,
                    new OpenAiError(
                            401,
                            "invalid_request_error",
                            Optional.empty(),
                            Optional.of("invalid_api_key"),
                            "Incorrect API key provided: " + masked(key) + ". Create a key under /api/v1/keys."));
            return;
        }
        if (owner.get().suspended()) {
            errors.write(
                    response,
                    new OpenAiError(
                            403,
                            "permission_error",
                            Optional.empty(),
                            Optional.of("organization_suspended"),
                            "The organisation of this API key is suspended; contact the platform's administrators."));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(owner.get()));
        MDC.put("userId", owner.get().orgId().toString());
        MDC.put("orgId", owner.get().orgId().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("userId");
            MDC.remove("orgId");
        }
    }

    /** Enough to recognise the key, never enough to use it. */
    static String masked(String key) {
        return key.length() <= 12
                ? "***"
                : key.substring(0, Math.min(key.length() - 4, 13)) + "..." + key.substring(key.length() - 4);
    }
}
