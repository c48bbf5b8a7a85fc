package io.vectort.identity.organization;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.util.Map;

/** A member tried something their role does not allow. */
public class ForbiddenRoleException extends DomainException {

    public ForbiddenRoleException(Role required, Role actual) {
        super(
                ErrorCategory.FORBIDDEN,
                "forbidden-role",
                "This needs the " + required.wireName() + " role in this organisation; you are " + article(actual) + " "
                        + actual.wireName(),
                Map.of("requiredRole", required.wireName(), "role", actual.wireName()));
    }

    private static String article(Role role) {
        return role == Role.ADMIN || role == Role.OWNER ? "an" : "a";
    }
}
