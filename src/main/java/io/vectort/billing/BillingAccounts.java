package io.vectort.billing;

import io.vectort.shared.Ids;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates billing accounts on first use, on the default plan with its monthly credits granted once
 * (the grant's key makes a concurrent first use harmless).
 */
@Component
class BillingAccounts {

    private final JdbcClient jdbc;
    private final String defaultPlan;
    private final CreditMetrics metrics;

    BillingAccounts(JdbcClient jdbc, BillingProperties properties, CreditMetrics metrics) {
        this.jdbc = jdbc;
        this.defaultPlan = properties.defaultPlan();
        this.metrics = metrics;
    }

    @Transactional
    public void ensure(UUID userId) {
        int created =
                jdbc.sql("""
                        insert into billing_accounts (org_id, plan_id, balance_micros)
                        select :user, :plan, 0 where exists (select 1 from organizations where id = :user)
                        on conflict (org_id) do nothing""").param("user", userId).param("plan", defaultPlan).update();
        if (created == 0) {
            return;
        }
        long credits = jdbc.sql("select monthly_credits_micros from plans where id = :plan")
                .param("plan", defaultPlan)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into credit_ledger (id, org_id, kind, balance_delta, reserved_delta, idempotency_key,
                            description)
                        values (:id, :user, 'grant', :amount, 0, :key, 'Monthly included credits of the plan')""")
                .param("id", Ids.newId())
                .param("user", userId)
                .param("amount", credits)
                .param("key", "grant:signup:" + userId)
                .update();
        jdbc.sql("update billing_accounts set balance_micros = :amount where org_id = :user")
                .param("amount", credits)
                .param("user", userId)
                .update();
        metrics.entryWritten("grant", credits);
    }
}
