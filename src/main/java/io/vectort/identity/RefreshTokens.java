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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens, stored as SHA-256 hashes. Each refresh rotates the token; presenting a
 * token that was already rotated means it leaked (or a client raced itself), so the whole family —
 * the login session — is revoked.
 */
@Component
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdentityProperties properties;

    RefreshTokens(JdbcClient jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String issue(UUID userId, UUID familyId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("""
                        insert into refresh_tokens (id, user_id, family_id, token_hash, status, expires_at)
                        values (:id, :user, :family, :hash, 'active', :expires)""")
                .param("id", Ids.newId())
                .param("user", userId)
                .param("family", familyId)
                .param("hash", hash(token))
                .param("expires", Timestamp.from(Instant.now().plus(properties.refreshTokenTtl())))
                .update();
        return token;
    }

    /**
     * Marks {@code token} as used and returns its owner and family. Runs in its own transaction so
     * that a family revoked for reuse stays revoked although the caller then fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = DomainException.class)
    public Rotated consume(String token) {
        Optional<Stored> stored = jdbc.sql("""
                        select id, user_id, family_id, status, expires_at from refresh_tokens
                        where token_hash = :hash for update""")
                .param("hash", hash(token))
                .query((rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getString("status"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
        if (stored.isEmpty()) {
            throw invalid();
        }
        Stored current = stored.get();
        if (current.status().equals("rotated")) {
            log.warn(
                    "Refresh token reuse detected; revoking session family {} of user {}",
                    current.familyId(),
                    current.userId());
            revokeFamily(current.familyId());
            throw invalid();
        }
        if (!current.status().equals("active") || current.expiresAt().isBefore(Instant.now())) {
            throw invalid();
        }
        jdbc.sql("update refresh_tokens set status = 'rotated', used_at = now() where id = :id")
                .param("id", current.id())
                .update();
        return new Rotated(current.userId(), current.familyId());
    }

    /** Ends the session that {@code token} belongs to; unknown tokens are ignored. */
    void revokeFamilyOf(String token) {
        jdbc.sql("""
                        update refresh_tokens set status = 'revoked'
                        where family_id = (select family_id from refresh_tokens where token_hash = :hash)""").param("hash", hash(token)).update();
    }

    private void revokeFamily(UUID familyId) {
        jdbc.sql("update refresh_tokens set status = 'revoked' where family_id = :family")
                .param("family", familyId)
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

    record Rotated(UUID userId, UUID familyId) {}

    private record Stored(UUID id, UUID userId, UUID familyId, String status, Instant expiresAt) {}
}
