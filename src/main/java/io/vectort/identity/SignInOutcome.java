package io.vectort.identity;

import java.util.List;

/** After the first factor: either a session, or a challenge for the second factor. */
public sealed interface SignInOutcome {

    record SignedIn(TokenPair tokens) implements SignInOutcome {}

    /**
     * The password (or provider) was right and the account has MFA: answer {@code challenge} with a
     * code within {@code expiresIn} seconds.
     */
    record SecondFactorRequired(String challenge, List<String> methods, long expiresIn) implements SignInOutcome {}
}
