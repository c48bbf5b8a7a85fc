/**
 * Multi-factor authentication: authenticator apps (RFC 6238 TOTP, secrets encrypted under the master
 * key), one-time recovery codes (stored hashed), organisations' MFA policies, and the seam for SMS
 * codes. Sign-in and step-up reach it only through {@link io.vectort.identity.SecondFactors}, which
 * {@code TotpSecondFactors} implements; users manage their factors through {@link
 * io.vectort.identity.mfa.MfaSettings}.
 */
@NullMarked
package io.vectort.identity.mfa;

import org.jspecify.annotations.NullMarked;
