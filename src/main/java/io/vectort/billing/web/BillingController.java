package io.vectort.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.billing.Balance;
import io.vectort.billing.CreditLedger;
import io.vectort.billing.LedgerEntry;
import io.vectort.billing.Money;
import io.vectort.billing.Plan;
import io.vectort.billing.Plans;
import io.vectort.billing.UsageReport;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import io.vectort.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Billing")
@RestController
@RequestMapping("/api/v1/billing")
class BillingController {

    private final CreditLedger ledger;
    private final Plans plans;
    private final UsageReport usage;

    BillingController(CreditLedger ledger, Plans plans, UsageReport usage) {
        this.ledger = ledger;
        this.plans = plans;
        this.usage = usage;
    }

    @Operation(summary = "My plan and credits (1 credit = 0.001 USD)")
    @OrgAccess(Role.VIEWER)
    @GetMapping("/balance")
    BalanceView balance(Membership member) {
        Balance balance = ledger.balance(member.orgId());
        return new BalanceView(
                PlanView.from(plans.of(member.orgId())),
                Money.credits(balance.availableMicros()),
                Money.credits(balance.reservedMicros()),
                Money.usd(balance.availableMicros()));
    }

    @Operation(summary = "The plans and their limits")
    @UserAccess
    @GetMapping("/plans")
    List<PlanView> plans() {
        return plans.all().stream().map(PlanView::from).toList();
    }

    @Operation(summary = "The credit ledger, newest first; page with ?before=<entry id>")
    @OrgAccess(Role.ADMIN)
    @GetMapping("/ledger")
    LedgerPage ledger(
            Membership member,
            @RequestParam(required = false) @Nullable UUID before,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and 500");
        }
        List<LedgerEntry> entries = ledger.entries(member.orgId(), Optional.ofNullable(before), limit);
        List<EntryView> items = entries.stream().map(EntryView::from).toList();
        return new LedgerPage(items, entries.size() == limit ? entries.getLast().id() : null);
    }

    @Operation(summary = "Usage per day, provider and model, in USD and credits (default: the last 30 days)")
    @OrgAccess(Role.ADMIN)
    @GetMapping("/usage")
    List<UsageView> usage(
            Membership member,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        LocalDate end = date("to", to).orElse(LocalDate.now(ZoneOffset.UTC));
        LocalDate start = date("from", from).orElse(end.minusDays(29));
        if (start.isAfter(end) || start.plusDays(366).isBefore(end)) {
            throw new InvalidRequestException("from", "out-of-range", "must be before to, at most a year apart");
        }
        return usage.between(member.orgId(), start, end).stream()
                .map(UsageView::from)
                .toList();
    }

    private static Optional<LocalDate> date(String name, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "invalid-date", "must be a date like 2026-11-22");
        }
        // LocalDate reaches year ±999999999, where date arithmetic overflows and PostgreSQL's
        // timestamps end; no usage predates 1970 or outlives year 9999.
        if (date.getYear() < 1970 || date.getYear() > 9999) {
            throw new InvalidRequestException(name, "out-of-range", "must be between 1970-01-01 and 9999-12-31");
        }
        return Optional.of(date);
    }

    record BalanceView(
            PlanView plan, BigDecimal availableCredits, BigDecimal reservedCredits, BigDecimal availableUsd) {}

    record PlanView(
            String id,
            String name,
            @Nullable Integer generationsPerMinute,
            @Nullable Integer apiRequestsPerDay,
            BigDecimal monthlyCredits,
            boolean queuesExcess) {
        static PlanView from(Plan plan) {
            return new PlanView(
                    plan.id(),
                    plan.name(),
                    plan.generationsPerMinute().isPresent()
                            ? plan.generationsPerMinute().getAsInt()
                            : null,
                    plan.apiRequestsPerDay().isPresent()
                            ? plan.apiRequestsPerDay().getAsInt()
                            : null,
                    Money.credits(plan.monthlyCreditsMicros()),
                    plan.queueExcess());
        }
    }

    record EntryView(
            UUID id,
            String kind,
            BigDecimal credits,
            BigDecimal reservedCredits,
            @Nullable String reference,
            String description,
            Instant createdAt) {
        static EntryView from(LedgerEntry e) {
            return new EntryView(
                    e.id(),
                    e.kind(),
                    Money.credits(e.balanceDeltaMicros()),
                    Money.credits(e.reservedDeltaMicros()),
                    e.reference().orElse(null),
                    e.description(),
                    e.createdAt());
        }
    }

    record LedgerPage(List<EntryView> items, @Nullable UUID nextBefore) {}

    record UsageView(
            LocalDate day,
            String provider,
            String model,
            long calls,
            long inputTokens,
            long outputTokens,
            long estimatedCalls,
            BigDecimal costUsd,
            BigDecimal credits) {
        static UsageView from(UsageReport.Row row) {
            return new UsageView(
                    row.day(),
                    row.provider(),
                    row.model(),
                    row.calls(),
                    row.inputTokens(),
                    row.outputTokens(),
                    row.estimatedCalls(),
                    row.costUsd(),
                    Money.credits(Money.microsOf(row.costUsd())));
        }
    }
}
