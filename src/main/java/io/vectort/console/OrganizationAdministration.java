package io.vectort.console;

import io.vectort.billing.Balance;
import io.vectort.billing.CreditLedger;
import io.vectort.billing.Money;
import io.vectort.billing.Plan;
import io.vectort.billing.Plans;
import io.vectort.identity.ApiKeyVerifier;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.OrganizationDirectory;
import io.vectort.identity.organization.OrganizationRecord;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform admins' actions on organisations: change the plan, adjust credits, suspend. Each
 * is recorded in the organisation's audit log with the admin, the change and the values before
 * and after, in the transaction that makes the change.
 */
@Service
public class OrganizationAdministration {

    public static final int PAGE_SIZE = 25;
    /** An adjustment is at most a billion credits either way: a typo, not a policy, above that. */
    private static final BigDecimal MAX_CREDITS = BigDecimal.valueOf(1_000_000_000L);

    private final OrganizationDirectory directory;
    private final Plans plans;
    private final CreditLedger ledger;
    private final AuditLog audit;
    private final ApiKeyVerifier keys;
    private final JdbcClient jdbc;

    OrganizationAdministration(
            OrganizationDirectory directory,
            Plans plans,
            CreditLedger ledger,
            AuditLog audit,
            ApiKeyVerifier keys,
            JdbcClient jdbc) {
        this.directory = directory;
        this.plans = plans;
        this.ledger = ledger;
        this.audit = audit;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    public List<AdminOrganization> search(String query, int page) {
        if (page < 0 || page > 10_000 || query.length() > 100) {
            throw new InvalidRequestException(
                    "page", "out-of-range", "page must be 0 to 10000, q at most 100 characters");
        }
        List<OrganizationRecord> found = directory.search(query, PAGE_SIZE, page * PAGE_SIZE);
        Map<UUID, BigDecimal> costs =
                costs30Days(found.stream().map(OrganizationRecord::id).toList());
        return found.stream().map(org -> summary(org, costs)).toList();
    }

    public AdminOrganization get(UUID orgId) {
        OrganizationRecord org = directory.find(orgId).orElseThrow(() -> new NotFoundException("Organization"));
        return summary(org, costs30Days(List.of(orgId)));
    }

    public List<Plan> plans() {
        return plans.all();
    }

    @Transactional
    public AdminOrganization changePlan(UUID orgId, String planId, Actor admin) {
        get(orgId);
        plans.change(orgId, planId, admin);
        return get(orgId);
    }

    /**
     * Adds (positive) or takes away (negative) credits, with a reason kept in the ledger entry and
     * the audit log. Credits have three decimals (1 credit = 1,000 micro-USD): more is refused, not
     * rounded. Taking away more than is available is refused by the ledger (409).
     */
    @Transactional
    public AdminOrganization adjustCredits(UUID orgId, BigDecimal credits, String reason, Actor admin) {
        String cleanReason = reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > 500 || Text.hasForbiddenControlCharacters(cleanReason)) {
            throw new InvalidRequestException("reason", "invalid", "must be 1 to 500 printable characters");
        }
        if (credits.signum() == 0
                || credits.abs().compareTo(MAX_CREDITS) > 0
                || credits.stripTrailingZeros().scale() > 3) {
            throw new InvalidRequestException(
                    "credits",
                    "invalid",
                    "must be non-zero, at most 1,000,000,000 either way, with at most 3 decimals");
        }
        get(orgId);
        long micros =
                credits.multiply(BigDecimal.valueOf(Money.MICROS_PER_CREDIT)).longValueExact();
        Balance before = ledger.balance(orgId);
        ledger.adjust(orgId, micros, "admin-adjustment:" + Ids.newId(), cleanReason);
        Balance after = ledger.balance(orgId);
        audit.record(
                orgId,
                admin,
                "credits.adjusted",
                "organization",
                orgId.toString(),
                Map.of(
                        "credits", credits.stripTrailingZeros().toPlainString(),
                        "reason", cleanReason,
                        "before", Money.credits(before.availableMicros()).toPlainString(),
                        "after", Money.credits(after.availableMicros()).toPlainString()));
        return get(orgId);
    }

    public AdminOrganization suspend(UUID orgId, String reason, Actor admin) {
        directory.suspend(orgId, admin, reason);
        keys.forgetOrganization(orgId);
        return get(orgId);
    }

    public AdminOrganization unsuspend(UUID orgId, Actor admin) {
        directory.unsuspend(orgId, admin);
        keys.forgetOrganization(orgId);
        return get(orgId);
    }

    private AdminOrganization summary(OrganizationRecord org, Map<UUID, BigDecimal> costs) {
        Balance balance = ledger.balance(org.id());
        return AdminOrganization.of(
                org,
                balance.planId(),
                Money.credits(balance.availableMicros()),
                costs.getOrDefault(org.id(), BigDecimal.ZERO).setScale(6, RoundingMode.HALF_EVEN));
    }

    /** From the rollups (by their organisation index): the list never touches the call log. */
    private Map<UUID, BigDecimal> costs30Days(List<UUID> orgIds) {
        Map<UUID, BigDecimal> costs = new HashMap<>();
        if (orgIds.isEmpty()) {
            return costs;
        }
        DateRange range = DateRange.lastDays(30);
        jdbc.sql("""
                        select org_id, sum(cost_usd) as cost from console_call_usage
                        where org_id = any(:ids) and day between :from and :to group by org_id""")
                .param("ids", orgIds.toArray(UUID[]::new))
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query(rs -> {
                    costs.put(rs.getObject("org_id", UUID.class), rs.getBigDecimal("cost"));
                });
        return costs;
    }
}
