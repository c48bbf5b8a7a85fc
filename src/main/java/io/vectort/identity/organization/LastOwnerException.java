package io.vectort.identity.organization;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.util.Map;

/** The change would leave an organisation without an owner. */
public class LastOwnerException extends DomainException {

    public LastOwnerException(String message) {
        super(ErrorCategory.CONFLICT, "last-owner", message);
    }

    /** With extensions naming what is in the way (the organisations an account is last owner of). */
    public LastOwnerException(String message, Map<String, Object> extensions) {
        super(ErrorCategory.CONFLICT, "last-owner", message, extensions);
    }
}
