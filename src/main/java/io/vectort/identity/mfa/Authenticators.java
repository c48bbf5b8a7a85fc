package io.vectort.identity.mfa;

import io.vectort.database.InstanceSettings;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code totp_authenticators} rows: a user's active authenticator and the one waiting for its
 * first code. Secrets are sealed under the master key, bound to the user and to their role (active
 * or pending), and opened only to check a code.
 */
@Repository
class Authenticators {

    private final JdbcClient jdbc;
    private final InstanceSettings cipher;

    Authenticators(JdbcClient jdbc, InstanceSettings cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The active authenticator's secret and when it was enabled. */
    Optional<Active> active(UUID userId) {
        return jdbc.sql("select secret, enabled_at from totp_authenticators where user_id = :user"
                        + " and enabled_at is not null")
                .param("user", userId)
                .query((rs, n) -> new Active(
                        open(userId, "active", rs.getString("secret")),
                        rs.getTimestamp("enabled_at").toInstant()))
                .optional();
    }

    boolean isEnabled(UUID userId) {
        return jdbc.sql("select count(*) from totp_authenticators where user_id = :user and enabled_at is not null")
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Replaces any pending authenticator; an active one stays active until this one is confirmed. */
    void savePending(UUID userId, byte[] secret, Instant now) {
        jdbc.sql("""
                        insert into totp_authenticators (user_id, pending_secret, pending_created_at)
                        values (:user, :secret, :now)
                        on conflict (user_id) do update set pending_secret = excluded.pending_secret,
                                                            pending_created_at = excluded.pending_created_at""")
                .param("user", userId)
                .param("secret", seal(userId, "pending", secret))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The pending secret, if one was created after {@code notBefore}. */
    Optional<Pending> pending(UUID userId, Instant notBefore) {
        return jdbc.sql("""
                        select pending_secret from totp_authenticators
                        where user_id = :user and pending_secret is not null and pending_created_at > :since""")
                .param("user", userId)
                .param("since", Timestamp.from(notBefore))
                .query((rs, n) -> new Pending(
                        open(userId, "pending", rs.getString("pending_secret")), rs.getString("pending_secret")))
                .optional();
    }

    /**
     * Makes the pending secret the active one, with {@code step} (the confirming code's) as used;
     * false when another request confirmed or replaced it first.
     */
    boolean activate(UUID userId, Pending pending, long step, Instant now) {
        return jdbc.sql("""
                                update totp_authenticators
                                set secret = :secret, enabled_at = :now, last_used_step = :step,
                                    pending_secret = null, pending_created_at = null
                                where user_id = :user and pending_secret = :pending""")
                        .param("user", userId)
                        .param("secret", seal(userId, "active", pending.secret()))
                        .param("now", Timestamp.from(now))
                        .param("step", step)
                        .param("pending", pending.sealed())
                        .update()
                == 1;
    }

    /**
     * Records {@code step} as used unless it (or a later one) already was: of two requests with the
     * same code, exactly one gets true.
     */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("""
                                update totp_authenticators set last_used_step = :step
                                where user_id = :user and enabled_at is not null and last_used_step < :step""").param("user", userId).param("step", step).update() == 1;
    }

    /** Removes the authenticator, active and pending; true when there was an active one. */
    boolean delete(UUID userId) {
        return jdbc.sql("delete from totp_authenticators where user_id = :user returning enabled_at")
                .param("user", userId)
                .query((rs, n) -> rs.getTimestamp("enabled_at") != null)
                .optional()
                .orElse(false);
    }

    private String seal(UUID userId, String role, byte[] secret) {
        return cipher.seal(context(userId, role), Base64.getEncoder().encodeToString(secret));
    }

    private byte[] open(UUID userId, String role, String sealed) {
        return Base64.getDecoder().decode(cipher.open(context(userId, role), sealed));
    }

    private static String context(UUID userId, String role) {
        return "totp:" + role + ":" + userId;
    }

    record Active(byte[] secret, Instant enabledAt) {}

    /** A pending secret and its sealed form, which names exactly this enrolment. */
    record Pending(byte[] secret, String sealed) {}
}
