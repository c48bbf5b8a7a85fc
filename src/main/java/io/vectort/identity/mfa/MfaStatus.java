package io.vectort.identity.mfa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A user's second factors: whether an authenticator is active, and how many recovery codes are left. */
public record MfaStatus(
        boolean totpEnabled, Optional<Instant> totpEnabledAt, int recoveryCodesRemaining, List<String> methods) {}
