package io.vectort.identity.recovery;

import java.util.Locale;

/** Whether a password sign-in needs a verified email address ({@code VECTORT_EMAIL_VERIFICATION}). */
public enum EmailVerificationMode {
    /** New accounts get a verification email, and can sign in before they use it. */
    OPTIONAL,
    /** A correct password of an unverified account is answered {@code 403 email-not-verified}. */
    REQUIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
