package io.vectort.identity.recovery;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.PasswordSignInCheck;
import io.vectort.identity.SignupFunnel;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that the owner of an account reads its email: a single-use link, sent at sign-up and on
 * request. With {@code VECTORT_EMAIL_VERIFICATION=required}, a password sign-in of an unverified
 * account is refused once the password has proven right ({@code 403 email-not-verified}).
 */
@Service
public class EmailVerifications implements PasswordSignInCheck {

    private final JdbcClient jdbc;
    private final EmailTokens tokens;
    private final KnownAccounts known;
    private final UserAccounts accounts;
    private final RecoveryMailer mailer;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final RecoveryProperties properties;
    private final SignupFunnel funnel;

    EmailVerifications(
            JdbcClient jdbc,
            EmailTokens tokens,
            KnownAccounts known,
            UserAccounts accounts,
            RecoveryMailer mailer,
            RateLimiter limiter,
            AuditLog audit,
            RecoveryProperties properties,
            SignupFunnel funnel) {
        if (properties.emailVerification() == EmailVerificationMode.REQUIRED && !mailer.canSend()) {
            throw new IllegalStateException("VECTORT_EMAIL_VERIFICATION=required needs email: set SPRING_MAIL_HOST"
                    + " (and _PORT, _USERNAME, _PASSWORD) and VECTORT_PUBLIC_URL, or set"
                    + " VECTORT_EMAIL_VERIFICATION=optional. Without them no verification email could arrive and"
                    + " nobody could sign in.");
        }
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.known = known;
        this.accounts = accounts;
        this.mailer = mailer;
        this.limiter = limiter;
        this.audit = audit;
        this.properties = properties;
        this.funnel = funnel;
    }

    public EmailVerificationMode mode() {
        return properties.emailVerification();
    }

    @Override
    public void check(AuthenticatedUser user) {
        if (mode() == EmailVerificationMode.REQUIRED && !accounts.isEmailVerified(user.id())) {
            throw new DomainException(
                    ErrorCategory.FORBIDDEN,
                    "email-not-verified",
                    "Confirm your email address first: open the link we emailed you, or ask for a new one");
        }
    }

    /** Emails a new link to a new account (or one that asked again); earlier links stop working. */
    @Transactional
    public void sendLink(UUID userId, String email) {
        EmailTokens.Issued issued =
                tokens.store(userId, EmailTokenKind.VERIFY_EMAIL, EmailTokens.generate(), properties.verificationTtl());
        mailer.sendLater(
                email,
                RecoveryMails.verification(
                        mailer.link(EmailTokenKind.VERIFY_EMAIL.linkPath(issued.token())),
                        properties.verificationTtl()),
                "Email verification of user " + userId);
    }

    /** A signed-in user asks for a new link. */
    @Transactional
    public void resend(AuthenticatedUser user) {
        if (accounts.isEmailVerified(user.id())) {
            throw new ConflictException("email-already-verified", "Your email address is already verified");
        }
        limiter.tryAcquire(
                        "verify-email:user:" + user.id(),
                        new RateLimit("verification emails", properties.emailsPerHourPerAccount(), Duration.ofHours(1)))
                .orThrow();
        sendLink(user.id(), user.email());
    }

    /**
     * Someone who cannot sign in yet (required mode) asks for a new link. The answer is the same
     * whether the address has an account, is verified already, or was asked for too often.
     */
    @Transactional
    public void resend(String email, String clientAddress) {
        limiter.tryAcquire(
                        "recovery:address:" + clientAddress,
                        new RateLimit(
                                "account recovery requests",
                                properties.requestsPerHourPerAddress(),
                                Duration.ofHours(1)))
                .orThrow();
        known.byEmail(email)
                .filter(account -> !account.verified())
                .filter(account -> limiter.tryAcquire(
                                "verify-email:user:" + account.id(),
                                new RateLimit(
                                        "verification emails",
                                        properties.emailsPerHourPerAccount(),
                                        Duration.ofHours(1)))
                        .allowed())
                .ifPresent(account -> sendLink(account.id(), account.email()));
    }

    /** Uses a link up: the account's email is verified from now on. */
    @Transactional
    public void verify(String token) {
        UUID userId = tokens.consume(token, EmailTokenKind.VERIFY_EMAIL);
        markVerified(userId);
        KnownAccounts.Account account = known.byId(userId).orElseThrow(EmailTokens::invalidLink);
        audit.recordAboutUser(
                accounts.organizationsOf(userId),
                Actor.of(userId, account.email()),
                "auth.email_verified",
                userId,
                Map.of());
    }

    /**
     * Joins the caller's transaction; a password-reset link proves the address too. Only the first
     * proof moves the sign-up funnel.
     */
    void markVerified(UUID userId) {
        int verifiedNow = jdbc.sql(
                        "update users set email_verified_at = now() where id = :id and email_verified_at is null")
                .param("id", userId)
                .update();
        if (verifiedNow == 1) {
            funnel.reached(SignupFunnel.Step.VERIFIED);
        }
    }
}
