package io.vectort.billing;

import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grants each account its plan's included credits once per monthly period. Included credits add to
 * the balance (they do not expire at the end of the period). The grant is keyed by account and
 * period start, so a retried run grants nothing twice.
 */
@Component
class MonthlyGrants implements RecurringJob {

    private final JdbcClient jdbc;
    private final CreditLedger ledger;
    private final TransactionTemplate transactions;

    MonthlyGrants(JdbcClient jdbc, CreditLedger ledger, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "billing-monthly-grants";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        List<Map<String, Object>> due = jdbc.sql("""
                        select a.org_id, a.period_start, p.monthly_credits_micros from billing_accounts a
                        join plans p on p.id = a.plan_id
                        where a.period_start + interval '1 month' <= now() limit 1000""").query().listOfRows();
        for (Map<String, Object> account : due) {
            UUID user = (UUID) account.get("org_id");
            Timestamp periodStart = (Timestamp) account.get("period_start");
            transactions.executeWithoutResult(status -> {
                ledger.credit(
                        user,
                        "grant",
                        (Long) account.get("monthly_credits_micros"),
                        "grant:monthly:" + user + ":" + periodStart.toInstant(),
                        "plan period",
                        "Monthly included credits of the plan");
                jdbc.sql("""
                                update billing_accounts set period_start = period_start + interval '1 month'
                                where org_id = :user and period_start = :start""").param("user", user).param("start", periodStart).update();
            });
        }
    }
}
