package io.vectort.identity.recovery;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import io.vectort.shared.ConflictException;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * Sign-up that does not tell whether an address has an account. Both paths validate the request,
 * hash the password (registering hashes before the insert finds the duplicate) and queue one email
 * sent after the answer: a new account gets its verification link; the owner of an existing one
 * hears that someone tried to register their address.
 */
@Service
public class Registrations {

    private final UserAccounts accounts;
    private final KnownAccounts known;
    private final EmailVerifications verifications;
    private final RecoveryMailer mailer;
    private final RateLimiter limiter;
    private final RecoveryProperties properties;

    Registrations(
            UserAccounts accounts,
            KnownAccounts known,
            EmailVerifications verifications,
            RecoveryMailer mailer,
            RateLimiter limiter,
            RecoveryProperties properties) {
        this.accounts = accounts;
        this.known = known;
        this.verifications = verifications;
        this.mailer = mailer;
        this.limiter = limiter;
        this.properties = properties;
    }

    /** Not transactional: the account commits on its own, and a duplicate's failed insert rolls back alone. */
    public Registration register(String email, String password) {
        try {
            AuthenticatedUser user = accounts.register(email, password);
            verifications.sendLink(user.id(), user.email());
        } catch (ConflictException e) {
            if (!e.code().equals("email-taken")) {
                throw e;
            }
            warnOwner(email);
        }
        return new Registration(email, verifications.mode().wireName());
    }

    private void warnOwner(String email) {
        known.byEmail(email)
                .filter(account -> limiter.tryAcquire(
                                "registration-attempt:" + account.id(),
                                new RateLimit(
                                        "registration notices",
                                        properties.emailsPerHourPerAccount(),
                                        Duration.ofHours(1)))
                        .allowed())
                .ifPresent(account -> mailer.sendLater(
                        account.email(),
                        RecoveryMails.registrationAttempt(
                                mailer.link("/signin"), mailer.link(EmailTokenKind.PASSWORD_RESET.page())),
                        "Registration attempt for the address of user " + account.id()));
    }
}
