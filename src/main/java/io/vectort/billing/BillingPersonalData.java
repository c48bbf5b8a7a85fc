package io.vectort.billing;

import io.vectort.identity.privacy.ExportRows;
import io.vectort.identity.privacy.ExportSink;
import io.vectort.identity.privacy.PersonalDataContributor;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing's part of an export, for the personal organisation (a team's credits are the team's):
 * {@code billing/account.json} (plan and balances), {@code billing/ledger.json} (every entry,
 * oldest first) and {@code billing/purchases.json} (checkout sessions). Amounts are in credits,
 * as the API shows them (1 credit = 0.001 USD).
 */
@Component
@Order(20)
class BillingPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    BillingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "billing";
    }

    @Override
    public void write(UUID userId, ExportSink sink) {
        sink.json(
                "billing/account.json",
                ExportRows.of(jdbc.sql("""
                                select plan_id as plan, round(balance_micros / 1000.0, 3) as balance_credits,
                                       round(reserved_micros / 1000.0, 3) as reserved_credits,
                                       stripe_subscription_id is not null as subscribed, period_start, created_at
                                from billing_accounts where org_id = :org""").param("org", userId).query().listOfRows()).stream()
                        .findFirst()
                        .orElse(Map.of()));
        sink.json(
                "billing/ledger.json",
                ExportRows.of(jdbc.sql("""
                                select id, kind, round(balance_delta / 1000.0, 3) as credits,
                                       round(reserved_delta / 1000.0, 3) as reserved_credits, reference, description,
                                       created_at
                                from credit_ledger where org_id = :org order by created_at, id""").param("org", userId).query().listOfRows()));
        sink.json(
                "billing/purchases.json",
                ExportRows.of(jdbc.sql("""
                                select id, kind, pack, plan_id as plan, round(credits_micros / 1000.0, 3) as credits,
                                       amount_cents, status, created_at, completed_at
                                from stripe_checkout_sessions where org_id = :org order by created_at, id""").param("org", userId).query().listOfRows()));
    }
}
