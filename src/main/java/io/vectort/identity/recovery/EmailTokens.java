package io.vectort.identity.recovery;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets of emailed links: 256 random bits, URL-safe; the database keeps only their SHA-256.
 * Expiry is checked against the database's clock, the one that wrote it.
 */
@Component
class EmailTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final JdbcClient jdbc;

    EmailTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String generate() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Stores a new link of {@code kind} for the user; their earlier ones of that kind stop working. */
    @Transactional(propagation = Propagation.MANDATORY)
    Issued store(UUID userId, EmailTokenKind kind, String token, Duration ttl) {
        return store(userId, kind, token, ttl, null);
    }

    /** As {@link #store(UUID, EmailTokenKind, String, Duration)}, carrying the address an email change moves to. */
    @Transactional(propagation = Propagation.MANDATORY)
    Issued store(UUID userId, EmailTokenKind kind, String token, Duration ttl, @Nullable String newEmail) {
        jdbc.sql("delete from email_tokens where user_id = :user and kind = :kind")
                .param("user", userId)
                .param("kind", kind.wireName())
                .update();
        Instant expiresAt = jdbc.sql("""
                        insert into email_tokens (id, user_id, kind, token_hash, expires_at, new_email)
                        values (:id, :user, :kind, :hash, now() + make_interval(secs => :seconds), :newEmail)
                        returning expires_at""")
                .param("newEmail", newEmail)
                .param("id", Ids.newId())
                .param("user", userId)
                .param("kind", kind.wireName())
                .param("hash", hash(token))
                .param("seconds", (double) ttl.toSeconds())
                .query((rs, n) -> rs.getTimestamp("expires_at").toInstant())
                .single();
        return new Issued(token, expiresAt);
    }

    /** The owner of a usable (unused, unexpired) link, without using it up. */
    Optional<UUID> ownerOf(String token, EmailTokenKind kind) {
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select user_id from email_tokens
                        where token_hash = :hash and kind = :kind and used_at is null and expires_at > now()""")
                .param("hash", hash(token))
                .param("kind", kind.wireName())
                .query(UUID.class)
                .optional();
    }

    /**
     * Uses the link up and returns its owner; one statement, so of two concurrent uses exactly one
     * succeeds.
     *
     * @throws DomainException {@code 410 invalid-link} when the link is unknown, used or expired
     */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID consume(String token, EmailTokenKind kind) {
        if (!SHAPE.matcher(token).matches()) {
            throw invalidLink();
        }
        return jdbc.sql("""
                        update email_tokens set used_at = now()
                        where token_hash = :hash and kind = :kind and used_at is null and expires_at > now()
                        returning user_id""")
                .param("hash", hash(token))
                .param("kind", kind.wireName())
                .query(UUID.class)
                .optional()
                .orElseThrow(EmailTokens::invalidLink);
    }

    /** Uses up an email-change link: whose account, and the address it moves to. */
    @Transactional(propagation = Propagation.MANDATORY)
    Change consumeChange(String token) {
        if (!SHAPE.matcher(token).matches()) {
            throw invalidLink();
        }
        return jdbc.sql("""
                        update email_tokens set used_at = now()
                        where token_hash = :hash and kind = 'change-email' and used_at is null and expires_at > now()
                        returning user_id, new_email""")
                .param("hash", hash(token))
                .query((rs, n) -> new Change(rs.getObject("user_id", UUID.class), rs.getString("new_email")))
                .optional()
                .orElseThrow(EmailTokens::invalidLink);
    }

    record Change(UUID userId, String newEmail) {}

    static DomainException invalidLink() {
        return new DomainException(
                ErrorCategory.GONE, "invalid-link", "This link has expired or was already used; ask for a new one");
    }

    /** A stored link's secret (to send, never to log) and when it stops working. */
    record Issued(String token, Instant expiresAt) {}
}
