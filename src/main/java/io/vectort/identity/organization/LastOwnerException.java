package io.vectort.identity.organization;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** The change would leave an organisation without an owner. */
public class LastOwnerException extends DomainException {

    public LastOwnerException(String message) {
        super(ErrorCategory.CONFLICT, "last-owner", message);
    }
}
