package io.vectort.billing.stripe;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which Stripe customer and subscription belong to which billing account. */
@Component
class StripeCustomers {

    private final JdbcClient jdbc;

    StripeCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> customerOf(UUID userId) {
        return jdbc.sql("select stripe_customer_id from billing_accounts where org_id = :user"
                        + " and stripe_customer_id is not null")
                .param("user", userId)
                .query(String.class)
                .optional();
    }

    /**
     * Keeps the first customer stored for the account and returns it: of two concurrent first
     * purchases, both end up using one customer (the other one stays unused in Stripe).
     */
    String remember(UUID userId, String customerId) {
        jdbc.sql("update billing_accounts set stripe_customer_id = :customer where org_id = :user"
                        + " and stripe_customer_id is null")
                .param("customer", customerId)
                .param("user", userId)
                .update();
        return customerOf(userId).orElseThrow(() -> new IllegalStateException("no billing account for " + userId));
    }

    Optional<String> subscriptionOf(UUID userId) {
        return jdbc.sql("select stripe_subscription_id from billing_accounts where org_id = :user"
                        + " and stripe_subscription_id is not null")
                .param("user", userId)
                .query(String.class)
                .optional();
    }

    Optional<Account> byCustomer(String customerId) {
        return jdbc.sql("select org_id, stripe_subscription_id from billing_accounts where stripe_customer_id = :c"
                        + " for update")
                .param("c", customerId)
                .query((rs, n) ->
                        new Account(rs.getObject("org_id", UUID.class), rs.getString("stripe_subscription_id")))
                .optional();
    }

    void subscription(UUID userId, @Nullable String subscriptionId) {
        jdbc.sql("update billing_accounts set stripe_subscription_id = :s, updated_at = now() where org_id = :user")
                .param("s", subscriptionId)
                .param("user", userId)
                .update();
    }

    record Account(UUID userId, @Nullable String subscriptionId) {}
}
