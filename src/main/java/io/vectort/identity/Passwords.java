package io.vectort.identity;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.InvalidRequestException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a signed-in user's password: checked by the policy, and every other session ends. */
@Service
public class Passwords {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final UserSessions userSessions;
    private final UserAccounts accounts;
    private final AuditLog audit;

    Passwords(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            UserSessions userSessions,
            UserAccounts accounts,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.userSessions = userSessions;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Replaces the password (or sets a first one on an account made through a provider) and signs out
     * every other device; {@code keepSession} (the caller's) stays signed in.
     *
     * @return how many other sessions were ended
     */
    @Transactional
    public int change(AuthenticatedUser user, String newPassword, @Nullable UUID keepSession) {
        policy.check(newPassword, user.email()).ifPresent(violation -> {
            throw new InvalidRequestException("newPassword", violation.code(), violation.message());
        });
        jdbc.sql("update users set password_hash = :hash where id = :id")
                .param("hash", encoder.encode(newPassword))
                .param("id", user.id())
                .update();
        int ended = userSessions.revokeAllBut(user.id(), keepSession);
        audit.recordAboutUser(
                accounts.organizationsOf(user.id()),
                Actor.of(user.id(), user.email()),
                "auth.password_changed",
                user.id(),
                Map.of("otherSessionsEnded", ended));
        return ended;
    }
}
