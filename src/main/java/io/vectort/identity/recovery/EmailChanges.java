package io.vectort.identity.recovery;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.InvalidRequestException;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an account to another email address: the new address must prove it reads its mail (a
 * single-use link sent there), and the old address is told once the move is done, with a way back
 * (a password reset) if it was not its owner. Asking needs a fresh proof of presence (step-up).
 */
@Service
public class EmailChanges {

    private final EmailTokens tokens;
    private final KnownAccounts known;
    private final UserAccounts accounts;
    private final RecoveryMailer mailer;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final RecoveryProperties properties;

    EmailChanges(
            EmailTokens tokens,
            KnownAccounts known,
            UserAccounts accounts,
            RecoveryMailer mailer,
            RateLimiter limiter,
            AuditLog audit,
            RecoveryProperties properties) {
        this.tokens = tokens;
        this.known = known;
        this.accounts = accounts;
        this.mailer = mailer;
        this.limiter = limiter;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Emails a confirmation link to {@code newEmail}. When another account already has that
     * address, nothing is sent and the answer is the same, so this cannot probe for accounts.
     */
    @Transactional
    public void request(AuthenticatedUser user, String newEmail) {
        String email = newEmail.strip();
        if (!UserAccounts.isValidEmail(email)) {
            throw new InvalidRequestException("email", "invalid-email", "must be a valid email address");
        }
        if (KnownAccounts.normalize(email).equals(KnownAccounts.normalize(user.email()))) {
            throw new ConflictException("same-email", "This is already your email address");
        }
        if (!mailer.canSend()) {
            throw new DomainException(
                    ErrorCategory.UNAVAILABLE,
                    "email-unavailable",
                    "This server cannot send email, so a new address cannot be confirmed; ask the operator");
        }
        limiter.tryAcquire(
                        "change-email:user:" + user.id(),
                        new RateLimit("email changes", properties.emailsPerHourPerAccount(), Duration.ofHours(1)))
                .orThrow();
        if (known.byEmail(email).isPresent()) {
            return;
        }
        EmailTokens.Issued issued = tokens.store(
                user.id(), EmailTokenKind.CHANGE_EMAIL, EmailTokens.generate(), properties.verificationTtl(), email);
        mailer.sendLater(
                email,
                RecoveryMails.emailChange(
                        mailer.link(EmailTokenKind.CHANGE_EMAIL.linkPath(issued.token())),
                        properties.verificationTtl(),
                        user.email()),
                "Email change of user " + user.id());
    }

    /** Uses the link up and moves the account; every organisation's audit log records it. */
    @Transactional
    public void confirm(String token) {
        EmailTokens.Change change = tokens.consumeChange(token);
        KnownAccounts.Account before = known.byId(change.userId()).orElseThrow(EmailTokens::invalidLink);
        accounts.changeEmail(change.userId(), change.newEmail());
        audit.recordAboutUser(
                accounts.organizationsOf(change.userId()),
                Actor.of(change.userId(), change.newEmail()),
                "auth.email_changed",
                change.userId(),
                Map.of("from", before.email(), "to", change.newEmail()));
        mailer.sendLater(
                before.email(),
                RecoveryMails.emailChanged(change.newEmail()),
                "Email change notice to the old address of user " + change.userId());
    }
}
