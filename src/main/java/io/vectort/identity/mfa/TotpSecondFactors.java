package io.vectort.identity.mfa;

import io.vectort.identity.SecondFactors;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The second factors Vectort has: an authenticator app (TOTP) and, with it, one-time recovery
 * codes. A six-digit answer is checked as a TOTP code, anything else as a recovery code. Either is
 * used up atomically in PostgreSQL, so of two requests with the same code exactly one succeeds.
 * SMS codes will be a third method ({@link SmsCodeSender}); they are not offered until it exists.
 */
@Service
class TotpSecondFactors implements SecondFactors {

    static final String TOTP = "totp";
    static final String RECOVERY_CODE = "recovery_code";

    /** Longer answers are not codes of ours; refused before anything is hashed. */
    private static final int LONGEST_ANSWER = 64;

    private final Authenticators authenticators;
    private final RecoveryCodeStore recoveryCodes;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final MfaClock clock;
    private final Totp totp = new Totp();

    TotpSecondFactors(
            Authenticators authenticators,
            RecoveryCodeStore recoveryCodes,
            UserAccounts accounts,
            AuditLog audit,
            MfaClock clock) {
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<String> methods(UUID userId) {
        return authenticators.isEnabled(userId) ? List.of(TOTP, RECOVERY_CODE) : List.of();
    }

    @Override
    public boolean verify(UUID userId, String code) {
        String answer = code.strip();
        if (answer.isEmpty() || answer.length() > LONGEST_ANSWER) {
            return false;
        }
        if (Totp.looksLikeCode(answer)) {
            return authenticators
                    .active(userId)
                    .flatMap(active -> totp.matchingStep(active.secret(), answer, clock.now()))
                    .map(step -> authenticators.useStep(userId, step))
                    .orElse(false);
        }
        if (!authenticators.isEnabled(userId) || !recoveryCodes.use(userId, answer)) {
            return false;
        }
        int remaining = recoveryCodes.remaining(userId);
        accounts.find(userId)
                .ifPresent(user -> audit.recordInEach(
                        accounts.organizationsOf(userId),
                        Actor.of(user.id(), user.email()),
                        "auth.recovery_code_used",
                        Map.of("remaining", remaining)));
        return true;
    }
}
