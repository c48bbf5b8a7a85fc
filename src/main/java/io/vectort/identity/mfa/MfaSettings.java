package io.vectort.identity.mfa;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.InvalidRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user does with their own second factors: set up an authenticator app (confirmed by a first
 * code), get recovery codes (shown once), replace them, turn MFA off. Every change is written to
 * the audit log of each of the user's organisations.
 */
@Service
public class MfaSettings {

    /** How long a new authenticator waits for its first code. */
    static final Duration PENDING_TTL = Duration.ofMinutes(15);

    static final String ISSUER = "Vectort";

    private final Authenticators authenticators;
    private final RecoveryCodeStore recoveryCodes;
    private final TotpSecondFactors factors;
    private final OrganizationMfaPolicies policies;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final MfaClock clock;
    private final Totp totp = new Totp();

    MfaSettings(
            Authenticators authenticators,
            RecoveryCodeStore recoveryCodes,
            TotpSecondFactors factors,
            OrganizationMfaPolicies policies,
            UserAccounts accounts,
            AuditLog audit,
            MfaClock clock) {
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.factors = factors;
        this.policies = policies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public MfaStatus status(UUID userId) {
        Optional<Instant> enabledAt = authenticators.active(userId).map(Authenticators.Active::enabledAt);
        return new MfaStatus(
                enabledAt.isPresent(),
                enabledAt,
                enabledAt.isPresent() ? recoveryCodes.remaining(userId) : 0,
                factors.methods(userId));
    }

    /** A new secret for an authenticator app; nothing changes until {@link #confirmTotp} proves it. */
    @Transactional
    public PendingEnrolment beginTotp(AuthenticatedUser user) {
        byte[] secret = Totp.newSecret();
        authenticators.savePending(user.id(), secret, clock.now());
        String key = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + user.email(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + ISSUER;
        return new PendingEnrolment(key, uri, QrCodeSvg.of(uri));
    }

    /**
     * Enables the pending authenticator when {@code code} is its current code (that code counts as
     * used), replacing any earlier one; returns fresh recovery codes, the only time they are shown.
     */
    @Transactional
    public List<String> confirmTotp(AuthenticatedUser user, String code) {
        Instant now = clock.now();
        Authenticators.Pending pending = authenticators
                .pending(user.id(), now.minus(PENDING_TTL))
                .orElseThrow(() -> new ConflictException(
                        "no-pending-enrolment", "Start setting up the authenticator app again: the key has expired"));
        long step = totp.matchingStep(pending.secret(), code.strip(), now)
                .orElseThrow(() -> new InvalidRequestException(
                        "code",
                        "invalid-code",
                        "This code does not match; check the app's clock and try the next code"));
        if (!authenticators.activate(user.id(), pending, step, now)) {
            throw new ConflictException(
                    "no-pending-enrolment", "This set-up was replaced by a newer one; use the newest key");
        }
        List<String> codes = recoveryCodes.replace(user.id());
        recordEverywhere(user, "auth.mfa_enabled", Map.of("method", TotpSecondFactors.TOTP));
        return codes;
    }

    /** New recovery codes; the old ones stop working. */
    @Transactional
    public List<String> regenerateRecoveryCodes(AuthenticatedUser user) {
        if (!authenticators.isEnabled(user.id())) {
            throw new ConflictException("mfa-not-enabled", "Set up an authenticator app first");
        }
        List<String> codes = recoveryCodes.replace(user.id());
        recordEverywhere(user, "auth.recovery_codes_regenerated", Map.of());
        return codes;
    }

    /** Turns MFA off, unless an organisation of the user requires it for their role there. */
    @Transactional
    public void disable(AuthenticatedUser user) {
        List<String> requiring = policies.organizationsRequiring(user.id());
        if (!requiring.isEmpty()) {
            throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "mfa-required-by-organization",
                    "Two-factor authentication is required by " + String.join(", ", requiring)
                            + "; it cannot be turned off while you are a member there with your role",
                    Map.of("organizations", requiring));
        }
        boolean wasEnabled = authenticators.delete(user.id());
        recoveryCodes.deleteAll(user.id());
        if (wasEnabled) {
            recordEverywhere(user, "auth.mfa_disabled", Map.of());
        }
    }

    private void recordEverywhere(AuthenticatedUser user, String action, Map<String, ?> details) {
        audit.recordAboutUser(accounts.organizationsOf(user.id()), Actor.of(user), action, user.id(), details);
    }
}
