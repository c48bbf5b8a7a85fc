package io.vectort.identity.recovery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.access.RecentAuthentication;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.recovery.EmailChanges;
import io.vectort.identity.recovery.EmailVerifications;
import io.vectort.identity.recovery.PasswordResets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
class RecoveryController {

    private final EmailVerifications verifications;
    private final PasswordResets resets;
    private final EmailChanges emailChanges;

    RecoveryController(EmailVerifications verifications, PasswordResets resets, EmailChanges emailChanges) {
        this.verifications = verifications;
        this.resets = resets;
        this.emailChanges = emailChanges;
    }

    @Operation(
            summary = "Move your account to another email address: a link is sent there (single use, 48 hours);"
                    + " the address changes once it is opened, and the old address is told")
    @UserAccess
    @RecentAuthentication
    @PutMapping("/api/v1/me/email")
    ResponseEntity<Map<String, String>> changeEmail(
            AuthenticatedUser user, @Valid @RequestBody RecoveryRequests.Email body) {
        emailChanges.request(user, body.email());
        return ResponseEntity.accepted()
                .body(Map.of("pendingEmail", body.email().strip()));
    }

    @Operation(summary = "Confirm a new email address with the token of the link sent to it (single use)")
    @PublicAccess
    @PostMapping("/api/v1/auth/email-change/confirm")
    ResponseEntity<Void> confirmEmailChange(@Valid @RequestBody RecoveryRequests.Token body) {
        emailChanges.confirm(body.token());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Confirm an email address with the token of the emailed link (single use)")
    @PublicAccess
    @PostMapping("/api/v1/auth/verify-email")
    ResponseEntity<Void> verifyEmail(@Valid @RequestBody RecoveryRequests.Token body) {
        verifications.verify(body.token());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Email a new verification link to an address that cannot sign in yet; the answer is the"
                    + " same whether or not the address has an account")
    @PublicAccess
    @PostMapping("/api/v1/auth/verify-email/resend")
    ResponseEntity<Void> resendVerification(
            @Valid @RequestBody RecoveryRequests.Email body, HttpServletRequest request) {
        verifications.resend(body.email(), request.getRemoteAddr());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Email a new verification link to the signed-in account")
    @UserAccess
    @PostMapping("/api/v1/me/email-verification")
    ResponseEntity<Void> resendMyVerification(AuthenticatedUser user) {
        verifications.resend(user);
        return ResponseEntity.accepted().build();
    }

    @Operation(
            summary = "Email a password-reset link (valid 30 minutes, single use); the answer is the same whether"
                    + " or not the address has an account")
    @PublicAccess
    @PostMapping("/api/v1/auth/password-reset")
    ResponseEntity<Void> requestReset(@Valid @RequestBody RecoveryRequests.Email body, HttpServletRequest request) {
        resets.request(body.email(), request.getRemoteAddr());
        return ResponseEntity.accepted().build();
    }

    @Operation(
            summary = "Set a new password with the token of a reset link: every session of the account ends and"
                    + " the link stops working")
    @PublicAccess
    @PostMapping("/api/v1/auth/password-reset/confirm")
    ResponseEntity<Void> confirmReset(@Valid @RequestBody RecoveryRequests.NewPassword body) {
        resets.confirm(body.token(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
