package io.vectort.identity.oauth;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.SignInContext;
import io.vectort.identity.SignInOutcome;
import io.vectort.identity.SignInThrottle;
import io.vectort.identity.SignIns;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a provider's identity into a Vectort sign-in. Known identity: its account. Unknown identity:
 * a new account when its email is free; when a <em>verified</em> email belongs to an account, a
 * link ticket that the account's owner must redeem with their password (a provider's word is not
 * enough to take over an account that exists); an unverified email never touches an existing
 * account. A signed-in user linking a provider gets the identity added to their account.
 */
@Service
public class ProviderSignIns {

    private final UserAccounts accounts;
    private final UserIdentities identities;
    private final OAuthTickets tickets;
    private final SignIns signIns;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ProviderSignIns(
            UserAccounts accounts,
            UserIdentities identities,
            OAuthTickets tickets,
            SignIns signIns,
            SignInThrottle throttle,
            AuditLog audit,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.identities = identities;
        this.tickets = tickets;
        this.signIns = signIns;
        this.throttle = throttle;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The end of a provider's round-trip that started on the sign-in page. */
    Result signIn(ProviderProfile profile, String next, SignInContext context) {
        Optional<UUID> owner = identities.ownerOf(profile.provider(), profile.subject());
        if (owner.isPresent()) {
            identities.used(profile);
            AuthenticatedUser user = accounts.find(owner.get()).orElseThrow(() -> refused("provider-error"));
            return new Result.SignedIn(firstFactorProven(user, profile, context), next, false);
        }
        String email = profile.optionalEmail().orElseThrow(() -> refused("email-missing"));
        Optional<AuthenticatedUser> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (!profile.emailVerified()) {
                throw refused("email-unverified");
            }
            String ticket = tickets.issueLink(existing.get().id(), profile, next);
            return new Result.LinkRequired(
                    ticket,
                    existing.get().email(),
                    next,
                    proofsFor(existing.get().id()));
        }
        AuthenticatedUser created = transactions.execute(status -> {
            AuthenticatedUser user = accounts.registerWithProvider(email, profile.emailVerified());
            identities.link(user.id(), profile);
            return user;
        });
        linkedAudit(created, profile.provider());
        return new Result.SignedIn(firstFactorProven(created, profile, context), next, true);
    }

    /** The end of a provider's round-trip that a signed-in user started to link it. */
    void linkTo(UUID userId, ProviderProfile profile) {
        AuthenticatedUser user = accounts.find(userId).orElseThrow(() -> refused("provider-error"));
        transactions.executeWithoutResult(status -> identities.link(user.id(), profile));
        linkedAudit(user, profile.provider());
    }

    /**
     * Redeems a link ticket with the existing account's password (throttled like a password
     * sign-in), links the identity and signs in.
     */
    public SignInOutcome redeemLink(String ticket, String password, SignInContext context) {
        OAuthTickets.Link link = tickets.peekLink(ticket).orElseThrow(ProviderSignIns::linkExpired);
        AuthenticatedUser user = accounts.find(link.userId()).orElseThrow(ProviderSignIns::linkExpired);
        List<SignInThrottle.Key> keys =
                SignInThrottle.forPassword(user.email(), String.valueOf(context.clientAddress()));
        throttle.begin(keys);
        accounts.verifyPassword(user.id(), password);
        throttle.succeeded(keys);
        transactions.executeWithoutResult(status -> {
            if (!tickets.consume(ticket, "link")) {
                throw linkExpired();
            }
            identities.link(user.id(), link.profile());
        });
        linkedAudit(user, link.profile().provider());
        return firstFactorProven(user, link.profile(), context);
    }

    /**
     * Redeems a link ticket with a provider already linked to the existing account: the identity
     * that just signed in must belong to that account (proof it is theirs), then the ticket's new
     * identity is linked and the account signs in.
     */
    Result proveLink(String ticket, ProviderProfile proof, String next, SignInContext context) {
        OAuthTickets.Link link = tickets.peekLink(ticket).orElseThrow(ProviderSignIns::linkExpired);
        Optional<UUID> owner = identities.ownerOf(proof.provider(), proof.subject());
        if (owner.isEmpty() || !owner.get().equals(link.userId())) {
            throw refused("link-not-proven");
        }
        AuthenticatedUser user = accounts.find(link.userId()).orElseThrow(ProviderSignIns::linkExpired);
        transactions.executeWithoutResult(status -> {
            if (!tickets.consume(ticket, "link")) {
                throw linkExpired();
            }
            identities.link(user.id(), link.profile());
        });
        identities.used(proof);
        linkedAudit(user, link.profile().provider());
        return new Result.SignedIn(firstFactorProven(user, proof, context), next, false);
    }

    /** The providers that can prove the existing account of a link ticket, and whether a password can. */
    LinkProofs proofsFor(UUID userId) {
        return new LinkProofs(
                identities.hasPassword(userId),
                identities.of(userId).stream()
                        .map(UserIdentities.Linked::provider)
                        .toList());
    }

    record LinkProofs(boolean password, List<String> providers) {}

    /** A one-time start URL that links {@code provider} to the user when the round-trip ends. */
    public String linkStart(AuthenticatedUser user, String provider) {
        String intent = tickets.issueIntent(user.id(), provider);
        return SignInProviders.START_PATH + "/" + provider + "?intent=" + intent;
    }

    private SignInOutcome firstFactorProven(AuthenticatedUser user, ProviderProfile profile, SignInContext context) {
        audit.recordInEach(
                accounts.organizationsOf(user.id()),
                Actor.of(user.id(), user.email()),
                "auth.signed_in",
                Map.of("method", profile.provider()));
        return signIns.afterFirstFactor(user, context.withMethod(profile.provider()));
    }

    private void linkedAudit(AuthenticatedUser user, String provider) {
        audit.recordInEach(
                accounts.organizationsOf(user.id()),
                Actor.of(user.id(), user.email()),
                "auth.identity_linked",
                Map.of("provider", provider));
    }

    static DomainException refused(String code) {
        return new DomainException(ErrorCategory.FORBIDDEN, code, "The provider's sign-in was refused: " + code);
    }

    private static DomainException linkExpired() {
        return new DomainException(
                ErrorCategory.UNAUTHENTICATED,
                "link-expired",
                "This link request has expired or was used; sign in with the provider again");
    }

    /** How a provider sign-in continues. */
    sealed interface Result {

        record SignedIn(SignInOutcome outcome, String next, boolean created) implements Result {}

        record LinkRequired(String ticket, String email, String next, LinkProofs proofs) implements Result {}
    }
}
