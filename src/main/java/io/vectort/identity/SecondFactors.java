package io.vectort.identity;

import java.util.List;
import java.util.UUID;

/**
 * The second factors of accounts (authenticator apps, recovery codes, later SMS). Sign-in asks for
 * one when {@link #methods} is not empty; step-up accepts one instead of the password.
 */
public interface SecondFactors {

    /** How this user can answer a challenge ({@code totp}, {@code recovery_code}, ...); empty without MFA. */
    List<String> methods(UUID userId);

    /**
     * Whether {@code code} is a valid second factor of the user now. A valid code is used up: the same
     * TOTP code or recovery code is refused the next time.
     */
    boolean verify(UUID userId, String code);

    /** Accounts without any second factor: what runs until an MFA module provides one. */
    SecondFactors NONE = new SecondFactors() {
        @Override
        public List<String> methods(UUID userId) {
            return List.of();
        }

        @Override
        public boolean verify(UUID userId, String code) {
            return false;
        }
    };
}
