package io.vectort.identity.recovery;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.NotFoundException;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform admins issue password-reset and verification links themselves, for instances without
 * SMTP: the admin passes the link on to the person through a channel they trust. To anyone else
 * these operations do not exist (404). Each link replaces the account's earlier one of its kind and
 * is written to the audit log of the account's organisations.
 */
@Service
public class AdminLinks {

    private final UserAccounts accounts;
    private final KnownAccounts known;
    private final EmailTokens tokens;
    private final RecoveryMailer mailer;
    private final AuditLog audit;
    private final RecoveryProperties properties;

    AdminLinks(
            UserAccounts accounts,
            KnownAccounts known,
            EmailTokens tokens,
            RecoveryMailer mailer,
            AuditLog audit,
            RecoveryProperties properties) {
        this.accounts = accounts;
        this.known = known;
        this.tokens = tokens;
        this.mailer = mailer;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    public IssuedLink passwordReset(AuthenticatedUser admin, String email) {
        return issue(admin, email, EmailTokenKind.PASSWORD_RESET, "auth.password_reset_link_issued");
    }

    @Transactional
    public IssuedLink emailVerification(AuthenticatedUser admin, String email) {
        return issue(admin, email, EmailTokenKind.VERIFY_EMAIL, "auth.email_verification_link_issued");
    }

    private IssuedLink issue(AuthenticatedUser admin, String email, EmailTokenKind kind, String action) {
        if (!accounts.isPlatformAdmin(admin)) {
            throw new NotFoundException("operation");
        }
        KnownAccounts.Account account = known.byEmail(email).orElseThrow(() -> new NotFoundException("user"));
        EmailTokens.Issued issued = tokens.store(
                account.id(),
                kind,
                EmailTokens.generate(),
                kind == EmailTokenKind.PASSWORD_RESET ? properties.passwordResetTtl() : properties.verificationTtl());
        audit.recordAboutUser(
                accounts.organizationsOf(account.id()),
                Actor.of(admin),
                action,
                account.id(),
                Map.of("email", account.email()));
        return new IssuedLink(mailer.link(kind.linkPath(issued.token())), issued.expiresAt());
    }
}
