package io.vectort.billing.stripe;

import io.vectort.billing.Plans;
import io.vectort.billing.Quotas;
import io.vectort.shared.ConflictException;
import io.vectort.shared.InvalidRequestException;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts purchases: a Stripe Checkout Session for a credit pack or a plan subscription. Nothing is
 * credited here; the webhook fulfils the session once Stripe reports it paid.
 */
@Service
public class Checkouts {

    private final StripeApi stripe;
    private final StripeProperties properties;
    private final StripeCustomers customers;
    private final CheckoutSessions sessions;
    private final Quotas quotas;
    private final Plans plans;

    Checkouts(
            StripeApi stripe,
            StripeProperties properties,
            StripeCustomers customers,
            CheckoutSessions sessions,
            Quotas quotas,
            Plans plans) {
        this.stripe = stripe;
        this.properties = properties;
        this.customers = customers;
        this.sessions = sessions;
        this.quotas = quotas;
        this.plans = plans;
    }

    /**
     * Creates a checkout session for exactly one of {@code pack} or {@code plan}. The configuration
     * and the request are checked before the purchase rate limit, so that neither a server without
     * Stripe nor a typo uses up the buyer's purchases of the hour.
     */
    public Checkout start(UUID userId, String email, Optional<String> pack, Optional<String> plan) {
        if (!stripe.configured()) {
            throw new StripeNotConfiguredException("VECTORT_STRIPE_SECRET_KEY");
        }
        Offer offer = offer(pack, plan);
        if (offer instanceof Offer.Subscription) {
            refuseSecondSubscription(userId, offer.name());
        }
        quotas.admitPurchase(userId);
        String customer = customer(userId, email);
        StripeApi.CreatedCheckout created = stripe.createCheckout(userId, customer, offer);
        sessions.insert(created.id(), userId, offer, created.expiresAt());
        return new Checkout(created.id(), created.url(), created.expiresAt());
    }

    /**
     * A second subscription would bill the buyer twice: Stripe keeps the first one running. Plan
     * changes of a subscriber go through Stripe (the customer portal), which reports them with
     * {@code customer.subscription.updated}.
     */
    private void refuseSecondSubscription(UUID userId, String plan) {
        if (plans.of(userId).id().equals(plan)) {
            throw new ConflictException("plan-active", "You are on the " + plan + " plan already");
        }
        if (customers.subscriptionOf(userId).isPresent()) {
            throw new ConflictException(
                    "subscription-active",
                    "You have a subscription already: change or cancel it instead of starting a second one");
        }
    }

    private Offer offer(Optional<String> pack, Optional<String> plan) {
        if (pack.isPresent() == plan.isPresent()) {
            throw new InvalidRequestException("pack", "one-of", "give either pack or plan, not both or neither");
        }
        if (pack.isPresent()) {
            StripeProperties.CreditPack found = properties.packs().get(pack.get());
            if (found == null) {
                throw new InvalidRequestException(
                        "pack", "unknown", "no credit pack named \"" + pack.get() + "\"; packs: " + names(true));
            }
            return new Offer.Pack(pack.get(), found.usd(), found.credits());
        }
        String price = properties.prices().get(plan.get());
        if (price == null) {
            throw new InvalidRequestException(
                    "plan",
                    "unknown",
                    "no plan \"" + plan.get() + "\" can be subscribed to; plans for sale: " + names(false));
        }
        return new Offer.Subscription(plan.get(), price);
    }

    private String names(boolean packs) {
        TreeSet<String> names = new TreeSet<>(
                packs ? properties.packs().keySet() : properties.prices().keySet());
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** One Stripe customer per account, created on the first purchase, so Stripe sees one buyer. */
    private String customer(UUID userId, String email) {
        plans.of(userId); // creates the billing account on first use
        return customers
                .customerOf(userId)
                .orElseGet(() -> customers.remember(userId, stripe.createCustomer(userId, email)));
    }

    /** A created checkout: send the buyer to {@code url} before {@code expiresAt}. */
    public record Checkout(String sessionId, String url, Instant expiresAt) {}
}
