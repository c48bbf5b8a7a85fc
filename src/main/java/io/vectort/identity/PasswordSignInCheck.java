package io.vectort.identity;

/**
 * A condition an account must meet once its password has proven right, before a session (or a
 * second-factor challenge) starts; for example a verified email address. Checked only after the
 * password, so a refusal tells nothing to someone who does not know it.
 */
public interface PasswordSignInCheck {

    /** Throws a {@link io.vectort.shared.DomainException} when {@code user} may not sign in yet. */
    void check(AuthenticatedUser user);
}
