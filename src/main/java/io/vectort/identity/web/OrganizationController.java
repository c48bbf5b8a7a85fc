package io.vectort.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.organization.Members;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Organization;
import io.vectort.identity.organization.OrganizationPlans;
import io.vectort.identity.organization.Organizations;
import io.vectort.identity.organization.Role;
import io.vectort.identity.web.OrganizationViews.ChangeRole;
import io.vectort.identity.web.OrganizationViews.CreateOrganization;
import io.vectort.identity.web.OrganizationViews.MemberList;
import io.vectort.identity.web.OrganizationViews.MemberView;
import io.vectort.identity.web.OrganizationViews.OrganizationList;
import io.vectort.identity.web.OrganizationViews.OrganizationView;
import io.vectort.identity.web.OrganizationViews.UpdateOrganization;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations and their members. {@code {org}} is an organisation's id or slug. */
@Tag(name = "Organisations")
@RestController
@RequestMapping("/api/v1/orgs")
class OrganizationController {

    private final Organizations organizations;
    private final Members members;
    private final OrganizationPlans plans;

    OrganizationController(Organizations organizations, Members members, OrganizationPlans plans) {
        this.organizations = organizations;
        this.members = members;
        this.plans = plans;
    }

    @Operation(summary = "My organisations, the personal one first")
    @UserAccess
    @GetMapping
    OrganizationList list(AuthenticatedUser user) {
        return new OrganizationList(
                organizations.listFor(user.id()).stream().map(this::view).toList());
    }

    @Operation(summary = "Create a team organisation; the caller becomes its owner")
    @UserAccess
    @PostMapping
    ResponseEntity<OrganizationView> create(AuthenticatedUser user, @RequestBody CreateOrganization body) {
        if (body.name() == null) {
            throw new InvalidRequestException("name", "required", "must not be empty");
        }
        Organization created =
                organizations.create(user.id(), user.email(), body.name(), Optional.ofNullable(body.slug()));
        return ResponseEntity.created(URI.create("/api/v1/orgs/" + created.id()))
                .body(view(created));
    }

    @Operation(summary = "One organisation")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/{org}")
    OrganizationView get(Membership member, @PathVariable String org) {
        return view(organizations.get(member));
    }

    @Operation(summary = "Rename an organisation or change its slug")
    @OrgAccess(Role.ADMIN)
    @PatchMapping("/{org}")
    OrganizationView update(Membership member, @PathVariable String org, @RequestBody UpdateOrganization body) {
        return view(organizations.update(member, Optional.ofNullable(body.name()), Optional.ofNullable(body.slug())));
    }

    @Operation(summary = "Delete a team organisation with all its projects, keys, credits and history")
    @OrgAccess(Role.OWNER)
    @DeleteMapping("/{org}")
    ResponseEntity<Void> delete(Membership member, @PathVariable String org) {
        organizations.delete(member);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The members and their roles")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/{org}/members")
    MemberList members(Membership member, @PathVariable String org) {
        return new MemberList(
                members.list(member.orgId()).stream().map(MemberView::from).toList());
    }

    @Operation(summary = "Change a member's role (granting or taking owner needs an owner)")
    @OrgAccess(Role.ADMIN)
    @PatchMapping("/{org}/members/{userId}")
    MemberView changeRole(
            Membership member, @PathVariable String org, @PathVariable UUID userId, @RequestBody ChangeRole body) {
        Role role = Optional.ofNullable(body.role())
                .flatMap(Role::parse)
                .orElseThrow(() ->
                        new InvalidRequestException("role", "invalid-role", "must be owner, admin, member or viewer"));
        return MemberView.from(members.changeRole(member, userId, role));
    }

    @Operation(summary = "Remove a member (an owner only by an owner); they lose access at once")
    @OrgAccess(Role.ADMIN)
    @DeleteMapping("/{org}/members/{userId}")
    ResponseEntity<Void> remove(Membership member, @PathVariable String org, @PathVariable UUID userId) {
        members.remove(member, userId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Leave the organisation (its last owner cannot)")
    @OrgAccess(Role.VIEWER)
    @PostMapping("/{org}/leave")
    ResponseEntity<Void> leave(Membership member, @PathVariable String org) {
        members.leave(member);
        return ResponseEntity.noContent().build();
    }

    private OrganizationView view(Organization org) {
        return OrganizationView.from(org, plans.planOf(org.id()));
    }
}
