package io.vectort.billing;

import io.vectort.shared.Ids;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates billing accounts on first use: the free plan, with its monthly credits granted once
 * (the grant's key makes a concurrent first use harmless).
 */
@Component
class BillingAccounts {

    private final JdbcClient jdbc;

    BillingAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void ensure(UUID userId) {
        int created = jdbc.sql("""
                        insert into billing_accounts (user_id, plan_id, balance_micros)
                        select :user, 'free', 0 where exists (select 1 from users where id = :user)
                        on conflict (user_id) do nothing""").param("user", userId).update();
        if (created == 1) {
            long credits = jdbc.sql("select monthly_credits_micros from plans where id = 'free'")
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into credit_ledger (id, user_id, kind, balance_delta, reserved_delta, idempotency_key,
                                description)
                            values (:id, :user, 'grant', :amount, 0, :key, 'Free plan: monthly included credits')""")
                    .param("id", Ids.newId())
                    .param("user", userId)
                    .param("amount", credits)
                    .param("key", "grant:signup:" + userId)
                    .update();
            jdbc.sql("update billing_accounts set balance_micros = :amount where user_id = :user")
                    .param("amount", credits)
                    .param("user", userId)
                    .update();
        }
    }
}
