package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.invitation.InvitationAcceptance;
import io.vectort.identity.invitation.InvitationMailer;
import io.vectort.identity.invitation.Invitations;
import io.vectort.identity.invitation.IssuedInvitation;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Organization;
import io.vectort.identity.organization.OrganizationPlans;
import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.identity.organization.Organizations;
import io.vectort.identity.organization.Role;
import io.vectort.identity.web.InvitationViews.InvitationList;
import io.vectort.identity.web.InvitationViews.InvitationPreviewView;
import io.vectort.identity.web.InvitationViews.InvitationView;
import io.vectort.identity.web.InvitationViews.Invite;
import io.vectort.identity.web.InvitationViews.IssuedInvitationView;
import io.vectort.identity.web.OrganizationViews.OrganizationView;
import io.vectort.ratelimit.RateLimit;
import io.vectort.ratelimit.RateLimiter;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Inviting people into an organisation by email, and accepting through the link. */
@Tag(name = "Invitations")
@RestController
class InvitationController {

    private final Invitations invitations;
    private final InvitationAcceptance acceptance;
    private final InvitationMailer mailer;
    private final Organizations organizations;
    private final OrganizationPlans plans;
    private final PublicUrl publicUrl;
    private final RateLimiter limiter;
    private final RateLimit invitationLimit;

    InvitationController(
            Invitations invitations,
            InvitationAcceptance acceptance,
            InvitationMailer mailer,
            Organizations organizations,
            OrganizationPlans plans,
            PublicUrl publicUrl,
            RateLimiter limiter,
            OrganizationProperties properties) {
        this.invitations = invitations;
        this.acceptance = acceptance;
        this.mailer = mailer;
        this.organizations = organizations;
        this.plans = plans;
        this.publicUrl = publicUrl;
        this.limiter = limiter;
        this.invitationLimit = new RateLimit("invitations", properties.invitationsPerHour(), Duration.ofHours(1));
    }

    @Operation(summary = "Invite an address with a role (inviting an owner needs an owner); answers the link")
    @OrgAccess(Role.ADMIN)
    @PostMapping("/api/v1/orgs/{org}/invitations")
    ResponseEntity<IssuedInvitationView> invite(
            Membership member, @PathVariable String org, @RequestBody Invite body, HttpServletRequest request) {
        if (body.email() == null) {
            throw new InvalidRequestException("email", "required", "must not be empty");
        }
        Role role = Optional.ofNullable(body.role())
                .flatMap(Role::parse)
                .orElseThrow(() ->
                        new InvalidRequestException("role", "invalid-role", "must be owner, admin, member or viewer"));
        limiter.tryAcquire("invitations:" + member.userId(), invitationLimit).orThrow();
        IssuedInvitation issued = invitations.invite(member, body.email(), role);
        // invite() has committed: the email must not arrive before its link works.
        boolean emailSent = mailer.send(issued, member.email());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(IssuedInvitationView.from(issued.invitation(), acceptUrl(issued, request), emailSent));
    }

    @Operation(summary = "The invitations not yet accepted, withdrawn or expired")
    @OrgAccess(Role.ADMIN)
    @GetMapping("/api/v1/orgs/{org}/invitations")
    InvitationList pending(Membership member, @PathVariable String org) {
        return new InvitationList(invitations.pending(member.orgId()).stream()
                .map(InvitationView::from)
                .toList());
    }

    @Operation(summary = "Withdraw an invitation: its link stops working")
    @OrgAccess(Role.ADMIN)
    @DeleteMapping("/api/v1/orgs/{org}/invitations/{id}")
    ResponseEntity<Void> withdraw(Membership member, @PathVariable String org, @PathVariable UUID id) {
        invitations.withdraw(member, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "What an invitation link invites to: the organisation, the role, the address")
    @UserAccess
    @GetMapping("/api/v1/invitations/{token}")
    InvitationPreviewView preview(AuthenticatedUser user, @PathVariable String token) {
        return InvitationPreviewView.from(acceptance.preview(token, user));
    }

    @Operation(summary = "Accept an invitation sent to the signed-in user's address; answers the organisation")
    @UserAccess
    @PostMapping("/api/v1/invitations/{token}/accept")
    OrganizationView accept(AuthenticatedUser user, @PathVariable String token) {
        UUID orgId = acceptance.accept(token, user);
        Organization joined = organizations
                .membership(user.id(), user.email(), Optional.of(orgId.toString()))
                .map(organizations::get)
                // Removed or deleted in the moment since accepting.
                .orElseThrow(() -> new NotFoundException("Organization"));
        return OrganizationView.from(joined, plans.planOf(joined.id()));
    }

    /**
     * Under {@code VECTORT_PUBLIC_URL}, else the origin this request was sent to: the answer goes
     * back to the admin who sent the request, so it points where they already are.
     */
    private URI acceptUrl(IssuedInvitation issued, HttpServletRequest request) {
        if (publicUrl.base().isPresent()) {
            return publicUrl.link(issued.linkPath());
        }
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path(issued.linkPath())
                .build()
                .toUri();
    }
}
