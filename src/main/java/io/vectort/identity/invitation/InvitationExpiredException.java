package io.vectort.identity.invitation;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** The link was real but can no longer be used: it expired, was accepted, or was withdrawn. */
public class InvitationExpiredException extends DomainException {

    InvitationExpiredException() {
        super(
                ErrorCategory.GONE,
                "invitation-expired",
                "This invitation has expired or was already used or withdrawn; ask for a new one");
    }
}
