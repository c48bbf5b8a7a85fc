package io.vectort.console.web;

import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.UserAccounts;
import io.vectort.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The gate of every console route: a platform admin passes, anyone else sees no such route. */
@Component
class PlatformAdmins {

    private final UserAccounts accounts;

    PlatformAdmins(UserAccounts accounts) {
        this.accounts = accounts;
    }

    void require(AuthenticatedUser user) {
        if (!accounts.isPlatformAdmin(user)) {
            throw new NotFoundException("Route");
        }
    }
}
