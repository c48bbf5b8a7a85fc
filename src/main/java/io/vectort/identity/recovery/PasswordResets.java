package io.vectort.identity.recovery;

import io.vectort.identity.PasswordPolicy;
import io.vectort.identity.SignInThrottle;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.UserSessions;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import io.vectort.shared.InvalidRequestException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by email: a single-use link, valid for 30 minutes, that sets a new password and
 * ends every session of the account. Asking for one answers the same, in about the same time, for
 * any address: the token is made and hashed either way, and the email leaves after the answer.
 */
@Service
public class PasswordResets {

    private final JdbcClient jdbc;
    private final EmailTokens tokens;
    private final KnownAccounts known;
    private final UserAccounts accounts;
    private final EmailVerifications verifications;
    private final UserSessions userSessions;
    private final SignInThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final RecoveryMailer mailer;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final RecoveryProperties properties;

    PasswordResets(
            JdbcClient jdbc,
            EmailTokens tokens,
            KnownAccounts known,
            UserAccounts accounts,
            EmailVerifications verifications,
            UserSessions userSessions,
            SignInThrottle throttle,
            PasswordPolicy policy,
            PasswordEncoder passwords,
            RecoveryMailer mailer,
            RateLimiter limiter,
            AuditLog audit,
            RecoveryProperties properties) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.known = known;
        this.accounts = accounts;
        this.verifications = verifications;
        this.userSessions = userSessions;
        this.throttle = throttle;
        this.policy = policy;
        this.passwords = passwords;
        this.mailer = mailer;
        this.limiter = limiter;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Emails a reset link when {@code email} has an account (and has not had too many this hour).
     * Too many requests from one client address are refused (429) whatever the address asked for.
     */
    @Transactional
    public void request(String email, String clientAddress) {
        limiter.tryAcquire(
                        "recovery:address:" + clientAddress,
                        new RateLimit(
                                "account recovery requests",
                                properties.requestsPerHourPerAddress(),
                                Duration.ofHours(1)))
                .orThrow();
        String token = EmailTokens.generate();
        Optional<KnownAccounts.Account> account = known.byEmail(email).filter(this::mayReceiveAnother);
        if (account.isEmpty()) {
            // Storing hashes the token; hash it here too, so that both answers cost the same.
            EmailTokens.hash(token);
            return;
        }
        EmailTokens.Issued issued =
                tokens.store(account.get().id(), EmailTokenKind.PASSWORD_RESET, token, properties.passwordResetTtl());
        mailer.sendLater(
                account.get().email(),
                RecoveryMails.passwordReset(
                        mailer.link(EmailTokenKind.PASSWORD_RESET.linkPath(issued.token())),
                        properties.passwordResetTtl()),
                "Password reset of user " + account.get().id());
    }

    /**
     * Sets the new password of the link's account: the link is used up, every session ends, the
     * email counts as verified (the link proved it) and failed sign-ins are forgotten.
     *
     * @throws InvalidRequestException when the password does not meet the policy (field {@code newPassword})
     */
    @Transactional
    public void confirm(String token, String newPassword) {
        UUID userId = tokens.ownerOf(token, EmailTokenKind.PASSWORD_RESET).orElseThrow(EmailTokens::invalidLink);
        KnownAccounts.Account account = known.byId(userId).orElseThrow(EmailTokens::invalidLink);
        policy.check(newPassword, account.email()).ifPresent(violation -> {
            throw new InvalidRequestException("newPassword", violation.code(), violation.message());
        });
        tokens.consume(token, EmailTokenKind.PASSWORD_RESET);
        jdbc.sql("update users set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(newPassword))
                .param("id", userId)
                .update();
        verifications.markVerified(userId);
        // Every device signs in again: refresh tokens at once, access tokens within seconds.
        userSessions.revokeAllBut(userId, null);
        audit.recordAboutUser(
                accounts.organizationsOf(userId),
                Actor.of(userId, account.email()),
                "auth.password_reset",
                userId,
                Map.of());
        // Only the account's count: the address's belongs to whoever else shares it.
        throttle.succeeded(
                List.of(SignInThrottle.forPassword(account.email(), "").get(0)));
    }

    private boolean mayReceiveAnother(KnownAccounts.Account account) {
        return limiter.tryAcquire(
                        "password-reset:user:" + account.id(),
                        new RateLimit(
                                "password-reset emails", properties.emailsPerHourPerAccount(), Duration.ofHours(1)))
                .allowed();
    }
}
