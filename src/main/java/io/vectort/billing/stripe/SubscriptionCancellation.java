package io.vectort.billing.stripe;

import io.vectort.identity.organization.OrganizationDeletionListener;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A deleted organisation stops paying: its Stripe subscription is cancelled at once, inside the
 * deleting transaction. If Stripe refuses, the deletion fails (502) and nothing is deleted, rather
 * than leave a subscription that keeps charging for an organisation that no longer exists.
 *
 * <p>Ordered last among the deletion listeners, so that local work that can fail runs before the
 * one step that cannot be rolled back.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SubscriptionCancellation implements OrganizationDeletionListener {

    private final StripeCustomers customers;
    private final StripeApi stripe;

    SubscriptionCancellation(StripeCustomers customers, StripeApi stripe) {
        this.customers = customers;
        this.stripe = stripe;
    }

    @Override
    public void organizationDeleting(UUID orgId) {
        customers.subscriptionOf(orgId).ifPresent(subscription -> stripe.cancelSubscription(orgId, subscription));
    }
}
