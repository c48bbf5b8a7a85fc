package io.vectort.identity.web;

import io.vectort.identity.SignInOutcome;
import java.util.List;

/**
 * What sign-in answers instead of tokens when the account has MFA: post {@code challenge} with a
 * code to {@code /api/v1/auth/mfa/verify} within {@code expiresIn} seconds.
 */
record SecondFactorChallenge(boolean mfaRequired, String challenge, List<String> methods, long expiresIn) {

    static SecondFactorChallenge of(SignInOutcome.SecondFactorRequired required) {
        return new SecondFactorChallenge(true, required.challenge(), required.methods(), required.expiresIn());
    }
}
