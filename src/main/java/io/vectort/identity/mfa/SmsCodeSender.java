package io.vectort.identity.mfa;

import java.util.Locale;

/**
 * The seam for SMS codes, a backup second factor users may opt into once Vectort has an SMS
 * channel. There is no implementation yet, so no account offers {@code sms} among its methods.
 *
 * <p>When a channel exists, its implementation sends {@code code} to a phone number the user
 * verified (with a code sent the same way) and opted into as a backup; {@link TotpSecondFactors}
 * then lists {@code sms} after {@code totp} for such users, issues a short-lived code stored
 * hashed (like a recovery code, single use, throttled by {@code SignInThrottle}), and accepts it
 * in {@code verify}. SMS never replaces the authenticator app: it is weaker (SIM swaps), so it is
 * only a backup and never satisfies an organisation's policy on its own.
 */
public interface SmsCodeSender {

    /**
     * Sends a one-time code to a phone number in E.164 form, in the recipient's language.
     *
     * @throws io.vectort.shared.DomainException with category {@code UNAVAILABLE} when the channel
     *     cannot deliver now
     */
    void send(String phoneNumber, String code, Locale locale);
}
