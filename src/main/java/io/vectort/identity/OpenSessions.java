package io.vectort.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses access tokens of a session that was signed out or revoked, so that "sign out that device"
 * takes effect within {@link #FRESHNESS} instead of the token's remaining lifetime. The answer is
 * cached per session for that long, so a busy session costs one query per interval per node; on the
 * node that revokes, at once.
 */
@Component
class OpenSessions implements OAuth2TokenValidator<Jwt> {

    static final Duration FRESHNESS = Duration.ofSeconds(10);
    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "This session was signed out", null);

    private final JdbcClient jdbc;
    private final Cache<UUID, Boolean> open = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(100_000)
            .build();

    OpenSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String sid = token.getClaimAsString(AccessTokens.SESSION_CLAIM);
        if (sid == null) {
            // Issued before sessions existed: it expires on its own within its short lifetime.
            return OAuth2TokenValidatorResult.success();
        }
        UUID sessionId;
        try {
            sessionId = UUID.fromString(sid);
        } catch (IllegalArgumentException e) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return open.get(sessionId, this::isOpen)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(REVOKED);
    }

    void revoked(UUID sessionId) {
        open.put(sessionId, false);
    }

    private boolean isOpen(UUID sessionId) {
        return jdbc.sql("select revoked_at is null from sessions where id = :id")
                .param("id", sessionId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
