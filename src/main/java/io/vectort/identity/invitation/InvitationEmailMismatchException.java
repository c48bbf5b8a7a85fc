package io.vectort.identity.invitation;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/**
 * The signed-in user is not the person invited. The answer names the invited address only partly:
 * enough for the right person to see which account to use, not enough to harvest addresses.
 */
public class InvitationEmailMismatchException extends DomainException {

    InvitationEmailMismatchException(String invitedEmail) {
        super(
                ErrorCategory.FORBIDDEN,
                "invitation-email-mismatch",
                "This invitation was sent to " + masked(invitedEmail) + "; sign in with that address to accept it");
    }

    /** {@code ana@acme.test} becomes {@code a***@acme.test}. */
    static String masked(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }
}
