package io.vectort.billing;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.OrganizationPlans;
import io.vectort.shared.InvalidRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans (data, not code) and which one each account is on. */
@Service
public class Plans implements OrganizationPlans {

    private final JdbcClient jdbc;
    private final BillingAccounts accounts;
    private final AuditLog audit;

    Plans(JdbcClient jdbc, BillingAccounts accounts, BillingProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        int known = jdbc.sql("select count(*) from plans where id = :plan")
                .param("plan", properties.defaultPlan())
                .query(Integer.class)
                .single();
        if (known == 0) {
            throw new IllegalStateException("vectort.billing.default-plan \"" + properties.defaultPlan()
                    + "\" is not a plan (free, starter, pro, enterprise)");
        }
    }

    public List<Plan> all() {
        return jdbc.sql("select * from plans order by position")
                .query(Plans::map)
                .list();
    }

    public Plan of(UUID userId) {
        accounts.ensure(userId);
        return jdbc.sql("select p.* from plans p join billing_accounts a on a.plan_id = p.id where a.org_id = :user")
                .param("user", userId)
                .query(Plans::map)
                .single();
    }

    /** Moves the account to {@code planId} at once; limits apply from the next request. */
    @Transactional
    public Plan change(UUID userId, String planId) {
        return change(userId, planId, Actor.SYSTEM);
    }

    /** Moves the account to {@code planId}, recording {@code actor} (a platform admin) as who did it. */
    @Transactional
    public Plan change(UUID userId, String planId, Actor actor) {
        accounts.ensure(userId);
        String previous = planOf(userId);
        int changed = jdbc.sql("update billing_accounts set plan_id = :plan, updated_at = now() where org_id = :user"
                        + " and exists (select 1 from plans where id = :plan)")
                .param("plan", planId)
                .param("user", userId)
                .update();
        if (changed == 0) {
            throw new InvalidRequestException("plan", "unknown", "no plan named \"" + planId + "\"");
        }
        if (!previous.equals(planId)) {
            audit.record(
                    userId,
                    actor,
                    "plan.changed",
                    "organization",
                    userId.toString(),
                    Map.of("from", previous, "to", planId));
        }
        return of(userId);
    }

    @Override
    public String planOf(UUID orgId) {
        accounts.ensure(orgId);
        return jdbc.sql("select plan_id from billing_accounts where org_id = :org")
                .param("org", orgId)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    static Plan map(ResultSet rs, int row) throws SQLException {
        return new Plan(
                rs.getString("id"),
                rs.getString("name"),
                optionalInt(rs, "generations_per_minute"),
                optionalInt(rs, "api_requests_per_day"),
                rs.getLong("monthly_credits_micros"),
                rs.getBoolean("queue_excess"),
                optionalInt(rs, "sms_segments_per_month"));
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
