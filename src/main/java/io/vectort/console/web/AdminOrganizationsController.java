package io.vectort.console.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.billing.Plan;
import io.vectort.console.AdminOrganization;
import io.vectort.console.DateRange;
import io.vectort.console.OrganizationAdministration;
import io.vectort.console.UsageOverview;
import io.vectort.console.UsageReports;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.PlatformAdminAccess;
import io.vectort.identity.audit.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations for platform admins: search, detail, plan, credits, suspension (all audited). */
@Tag(name = "Platform administration")
@RestController
class AdminOrganizationsController {

    private final OrganizationAdministration organizations;
    private final UsageReports usage;

    AdminOrganizationsController(OrganizationAdministration organizations, UsageReports usage) {
        this.organizations = organizations;
        this.usage = usage;
    }

    @Operation(summary = "Platform admins: organisations whose name or slug contains q, 25 a page")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/organizations")
    OrganizationList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return new OrganizationList(organizations.search(q, page), page, OrganizationAdministration.PAGE_SIZE);
    }

    @Operation(summary = "Platform admins: one organisation, its usage per day over 30 days, the plans it may move to")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/organizations/{id}")
    OrganizationDetail get(@PathVariable UUID id) {
        AdminOrganization org = organizations.get(id);
        return new OrganizationDetail(
                org, usage.organizationDays(id, DateRange.lastDays(30)), PlanOption.of(organizations.plans()));
    }

    @Operation(summary = "Platform admins: move an organisation to another plan")
    @PlatformAdminAccess
    @PostMapping("/api/v1/admin/organizations/{id}/plan")
    AdminOrganization changePlan(AuthenticatedUser user, @PathVariable UUID id, @Valid @RequestBody PlanChange body) {
        return organizations.changePlan(id, body.plan(), Actor.of(user));
    }

    @Operation(summary = "Platform admins: add or take away credits, with a reason (audited)")
    @PlatformAdminAccess
    @PostMapping("/api/v1/admin/organizations/{id}/credits")
    AdminOrganization adjustCredits(
            AuthenticatedUser user, @PathVariable UUID id, @Valid @RequestBody CreditAdjustment body) {
        return organizations.adjustCredits(id, body.credits(), body.reason(), Actor.of(user));
    }

    @Operation(summary = "Platform admins: suspend an organisation (its members and API keys are refused)")
    @PlatformAdminAccess
    @PostMapping("/api/v1/admin/organizations/{id}/suspension")
    AdminOrganization suspend(AuthenticatedUser user, @PathVariable UUID id, @Valid @RequestBody Suspension body) {
        return organizations.suspend(id, body.reason(), Actor.of(user));
    }

    @Operation(summary = "Platform admins: lift an organisation's suspension")
    @PlatformAdminAccess
    @DeleteMapping("/api/v1/admin/organizations/{id}/suspension")
    AdminOrganization unsuspend(AuthenticatedUser user, @PathVariable UUID id) {
        return organizations.unsuspend(id, Actor.of(user));
    }

    record OrganizationList(List<AdminOrganization> items, int page, int size) {}

    record OrganizationDetail(
            AdminOrganization organization, List<UsageOverview.DayUsage> days, List<PlanOption> plans) {}

    record PlanOption(String id, String name) {
        static List<PlanOption> of(List<Plan> plans) {
            return plans.stream().map(p -> new PlanOption(p.id(), p.name())).toList();
        }
    }

    record PlanChange(@NotNull @Size(min = 1, max = 50) String plan) {}

    record CreditAdjustment(
            @NotNull BigDecimal credits,
            @NotNull @Size(max = 500) String reason) {}

    record Suspension(@NotNull @Size(max = 500) String reason) {}
}
