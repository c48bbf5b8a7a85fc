package io.vectort.identity;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque refresh tokens, stored as SHA-256 hashes; a session's tokens form one family (family id =
 * session id). Each refresh rotates the token; presenting a token that was already rotated means it
 * leaked (or a client raced itself), so the whole session is revoked.
 */
@Component
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final OpenSessions openSessions;

    RefreshTokens(JdbcClient jdbc, IdentityProperties properties, OpenSessions openSessions) {
        this.jdbc = jdbc;
        this.openSessions = openSessions;
        this.properties = properties;
    }

    String issue(UUID userId, UUID sessionId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("""
                        insert into refresh_tokens (id, user_id, family_id, token_hash, status, expires_at)
                        values (:id, :user, :family, :hash, 'active', :expires)""")
                .param("id", Ids.newId())
                .param("user", userId)
                .param("family", sessionId)
                .param("hash", hash(token))
                .param("expires", Timestamp.from(Instant.now().plus(properties.refreshTokenTtl())))
                .update();
        return token;
    }

    /**
     * Marks {@code token} as used and returns its owner and session. Runs in the caller's
     * transaction, which must keep its writes when this throws (see {@link Sessions#refresh}): the
     * session row is locked before the token is read, so of two refreshes with one token the second
     * waits, then sees the token rotated and revokes the whole session, the first one's new token
     * included.
     */
    Rotated consume(String token) {
        byte[] hash = hash(token);
        Optional<UUID> sessionId = jdbc.sql("select family_id from refresh_tokens where token_hash = :hash")
                .param("hash", hash)
                .query(UUID.class)
                .optional();
        if (sessionId.isEmpty()) {
            throw invalid();
        }
        boolean sessionOpen = jdbc.sql("select revoked_at is null from sessions where id = :id for update")
                .param("id", sessionId.get())
                .query(Boolean.class)
                .optional()
                .orElse(false);
        Stored current = jdbc.sql("select id, user_id, family_id, status, expires_at from refresh_tokens"
                        + " where token_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getString("status"),
                        rs.getTimestamp("expires_at").toInstant()))
                .single();
        if (!sessionOpen) {
            throw invalid();
        }
        if (current.status().equals("rotated")) {
            log.warn(
                    "Refresh token reuse detected; revoking session {} of user {}",
                    current.sessionId(),
                    current.userId());
            endSession(current.sessionId());
            throw invalid();
        }
        if (!current.status().equals("active") || current.expiresAt().isBefore(Instant.now())) {
            throw invalid();
        }
        jdbc.sql("update refresh_tokens set status = 'rotated', used_at = now() where id = :id")
                .param("id", current.id())
                .update();
        return new Rotated(current.userId(), current.sessionId());
    }

    /** The session {@code token} belongs to, whatever its state. */
    Optional<UUID> sessionOf(String token) {
        return jdbc.sql("select family_id from refresh_tokens where token_hash = :hash")
                .param("hash", hash(token))
                .query(UUID.class)
                .optional();
    }

    /**
     * Ends a session in the caller's transaction: the row is marked, its refresh tokens stop working
     * at once, and this node refuses its access tokens at once (other nodes within seconds).
     */
    void endSession(UUID sessionId) {
        jdbc.sql("update sessions set revoked_at = coalesce(revoked_at, now()) where id = :id")
                .param("id", sessionId)
                .update();
        revokeSession(sessionId);
        openSessions.revoked(sessionId);
    }

    private void revokeSession(UUID sessionId) {
        jdbc.sql("update refresh_tokens set status = 'revoked' where family_id = :session and status <> 'revoked'")
                .param("session", sessionId)
                .update();
    }

    private static DomainException invalid() {
        return new DomainException(
                ErrorCategory.UNAUTHENTICATED, "invalid-refresh-token", "The refresh token is invalid or expired");
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    record Rotated(UUID userId, UUID sessionId) {}

    private record Stored(UUID id, UUID userId, UUID sessionId, String status, Instant expiresAt) {}
}
