package io.vectort.identity.recovery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.PlatformAdminAccess;
import io.vectort.identity.recovery.AdminLinks;
import io.vectort.identity.recovery.IssuedLink;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For platform admins only; everyone else gets 404, as for a route that does not exist. */
@Tag(name = "Platform administration")
@RestController
class RecoveryAdminController {

    private final AdminLinks links;

    RecoveryAdminController(AdminLinks links) {
        this.links = links;
    }

    @Operation(summary = "Platform admins: a password-reset link for an account, to hand over when there is no SMTP")
    @PlatformAdminAccess
    @PostMapping("/api/v1/admin/users/password-reset-link")
    IssuedLink passwordResetLink(AuthenticatedUser user, @Valid @RequestBody RecoveryRequests.Email body) {
        return links.passwordReset(user, body.email());
    }

    @Operation(
            summary = "Platform admins: an email-verification link for an account, to hand over when there is no SMTP")
    @PlatformAdminAccess
    @PostMapping("/api/v1/admin/users/email-verification-link")
    IssuedLink emailVerificationLink(AuthenticatedUser user, @Valid @RequestBody RecoveryRequests.Email body) {
        return links.emailVerification(user, body.email());
    }
}
