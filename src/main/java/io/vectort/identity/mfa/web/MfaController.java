package io.vectort.identity.mfa.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.RecentAuthentication;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.mfa.MfaSettings;
import io.vectort.identity.mfa.OrganizationMfaPolicies;
import io.vectort.identity.mfa.web.MfaViews.Confirmation;
import io.vectort.identity.mfa.web.MfaViews.EnrolmentView;
import io.vectort.identity.mfa.web.MfaViews.PolicyChange;
import io.vectort.identity.mfa.web.MfaViews.PolicyView;
import io.vectort.identity.mfa.web.MfaViews.RecoveryCodesView;
import io.vectort.identity.mfa.web.MfaViews.StatusView;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.MfaPolicy;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's second factors, and organisations' MFA policies (docs/SIGN_IN.md). */
@Tag(name = "Accounts")
@RestController
class MfaController {

    private final MfaSettings settings;
    private final OrganizationMfaPolicies policies;

    MfaController(MfaSettings settings, OrganizationMfaPolicies policies) {
        this.settings = settings;
        this.policies = policies;
    }

    @Operation(summary = "My second factors: authenticator app, recovery codes left, sign-in methods")
    @UserAccess
    @GetMapping("/api/v1/me/mfa")
    StatusView status(AuthenticatedUser user) {
        return StatusView.from(settings.status(user.id()));
    }

    @Operation(
            summary = "Start setting up an authenticator app: a new key (manual key, otpauth URI, QR code as"
                    + " SVG), enabled only once confirmed with a first code; replaces an earlier unconfirmed one")
    @UserAccess
    @RecentAuthentication
    @PostMapping("/api/v1/me/mfa/totp")
    EnrolmentView beginTotp(AuthenticatedUser user) {
        return EnrolmentView.from(settings.beginTotp(user));
    }

    @Operation(
            summary = "Confirm the new authenticator app with its current code: turns MFA on and returns 10"
                    + " recovery codes, shown this once")
    @UserAccess
    @PostMapping("/api/v1/me/mfa/totp/confirm")
    RecoveryCodesView confirmTotp(AuthenticatedUser user, @Valid @RequestBody Confirmation body) {
        return new RecoveryCodesView(settings.confirmTotp(user, body.code()));
    }

    @Operation(
            summary = "Turn MFA off: removes the authenticator and the recovery codes (409 when an"
                    + " organisation requires MFA for your role)")
    @UserAccess
    @RecentAuthentication
    @DeleteMapping("/api/v1/me/mfa/totp")
    ResponseEntity<Void> disable(AuthenticatedUser user) {
        settings.disable(user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "New recovery codes, shown this once; the old ones stop working")
    @UserAccess
    @RecentAuthentication
    @PostMapping("/api/v1/me/mfa/recovery-codes")
    RecoveryCodesView regenerate(AuthenticatedUser user) {
        return new RecoveryCodesView(settings.regenerateRecoveryCodes(user));
    }

    @Operation(
            summary = "Require MFA of admins and owners, of everyone, or of nobody (none) in a team"
                    + " organisation; members it covers must enrol before they can act there")
    @OrgAccess(Role.OWNER)
    @PutMapping("/api/v1/orgs/{org}/mfa-policy")
    PolicyView setPolicy(Membership member, @PathVariable String org, @Valid @RequestBody PolicyChange body) {
        MfaPolicy policy = MfaPolicy.parse(body.policy())
                .orElseThrow(
                        () -> new InvalidRequestException("policy", "invalid", "must be none, admins or everyone"));
        return new PolicyView(policies.set(member, policy).wireName());
    }
}
