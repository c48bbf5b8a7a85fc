package io.vectort.identity;

import io.vectort.database.InstanceSettings;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.HmacSha256;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.SignedTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every way in — password, provider, second factor — ends here: once the first factor is proven,
 * an account with MFA gets a short-lived challenge to answer with a code; otherwise (and after the
 * code) a session starts. Providers call {@link #afterFirstFactor} with their own method name.
 */
@Service
public class SignIns {

    /** How long a second-factor challenge can be answered. */
    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);

    /** A success after this many failures in a row is worth an audit entry. */
    static final int SUSPICIOUS_FAILURES = 3;

    private final UserAccounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final ObjectProvider<SecondFactors> secondFactors;
    private final ObjectProvider<PasswordSignInCheck> passwordChecks;
    private final AuditLog audit;
    private final SignedTokens challenges;
    private final Clock clock = Clock.systemUTC();

    SignIns(
            UserAccounts accounts,
            Sessions sessions,
            SignInThrottle throttle,
            ObjectProvider<SecondFactors> secondFactors,
            ObjectProvider<PasswordSignInCheck> passwordChecks,
            AuditLog audit,
            InstanceSettings settings) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.passwordChecks = passwordChecks;
        this.audit = audit;
        this.challenges = new SignedTokens(settings.getOrCreate("sign_in_challenge_key", HmacSha256::newKey));
    }

    /**
     * Checks email and password, throttled per account and per client address before any hash is
     * computed; a success after many failures is written to the audit log.
     */
    public SignInOutcome withPassword(String email, String password, SignInContext context) {
        List<SignInThrottle.Key> keys = SignInThrottle.forPassword(email, String.valueOf(context.clientAddress()));
        int failuresBefore = throttle.begin(keys);
        AuthenticatedUser user = accounts.authenticate(email, password);
        throttle.succeeded(keys);
        passwordChecks.orderedStream().forEach(check -> check.check(user));
        if (failuresBefore >= SUSPICIOUS_FAILURES) {
            audit.recordInEach(
                    accounts.organizationsOf(user.id()),
                    Actor.of(user.id(), user.email()),
                    "auth.signed_in_after_failures",
                    Map.of("failures", failuresBefore, "clientAddress", String.valueOf(context.clientAddress())));
        }
        return afterFirstFactor(user, context);
    }

    /** The first factor is proven: a session, or a challenge when the account has MFA. */
    public SignInOutcome afterFirstFactor(AuthenticatedUser user, SignInContext context) {
        List<String> methods = factors().methods(user.id());
        if (methods.isEmpty()) {
            return new SignInOutcome.SignedIn(sessions.start(user, context, false));
        }
        String challenge = challenges.issue(
                List.of(user.id().toString(), context.method()), clock.instant().plus(CHALLENGE_TTL));
        return new SignInOutcome.SecondFactorRequired(challenge, methods, CHALLENGE_TTL.toSeconds());
    }

    /** Answers a challenge: a valid code starts the session; wrong codes are throttled per user. */
    public TokenPair withSecondFactor(String challenge, String code, SignInContext context) {
        Challenge proven = verify(challenge)
                .orElseThrow(() -> new DomainException(
                        ErrorCategory.UNAUTHENTICATED,
                        "invalid-challenge",
                        "This sign-in has expired; enter your email and password again"));
        List<SignInThrottle.Key> keys = SignInThrottle.forSecondFactor(proven.userId());
        throttle.begin(keys);
        AuthenticatedUser user = accounts.find(proven.userId()).orElseThrow(SignIns::invalidCode);
        if (!factors().verify(user.id(), code.trim())) {
            throw invalidCode();
        }
        throttle.succeeded(keys);
        return sessions.start(user, context.withMethod(proven.method()), true);
    }

    /** Step-up within a session: the password or a second factor, throttled like a sign-in. */
    public void reauthenticate(
            AuthenticatedUser user, UUID sessionId, Optional<String> password, Optional<String> code) {
        List<SignInThrottle.Key> keys = SignInThrottle.forSecondFactor(user.id());
        throttle.begin(keys);
        boolean secondFactor;
        if (code.isPresent()) {
            if (!factors().verify(user.id(), code.get().trim())) {
                throw invalidCode();
            }
            secondFactor = true;
        } else if (password.isPresent()) {
            accounts.verifyPassword(user.id(), password.get());
            secondFactor = false;
        } else {
            throw new InvalidRequestException(
                    "password", "required", "send your password or a code from your authenticator");
        }
        throttle.succeeded(keys);
        sessions.reauthenticated(sessionId, user.id(), secondFactor);
    }

    private Optional<Challenge> verify(String challenge) {
        try {
            return challenges
                    .verify(challenge, 2, clock.instant())
                    .map(fields -> new Challenge(UUID.fromString(fields.get(0)), fields.get(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private SecondFactors factors() {
        return secondFactors.getIfAvailable(() -> SecondFactors.NONE);
    }

    private static DomainException invalidCode() {
        return new DomainException(
                ErrorCategory.UNAUTHENTICATED, "invalid-code", "This code is wrong or was already used");
    }

    private record Challenge(UUID userId, String method) {}
}
