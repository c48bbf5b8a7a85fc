package io.vectort.billing.stripe;

import io.vectort.billing.BillingProperties;
import io.vectort.billing.CreditLedger;
import io.vectort.billing.Money;
import io.vectort.billing.Plans;
import io.vectort.billing.stripe.PaymentMetrics.Payment;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What each Stripe event does to an account, inside the webhook's transaction. Events that cannot
 * apply (an unknown session or customer, someone else's subscription) are recorded with the reason
 * and answered 200: Stripe would otherwise deliver them again for days, and a retry cannot fix them.
 */
@Component
class Fulfilment {

    private static final Logger log = LoggerFactory.getLogger(Fulfilment.class);

    /** Subscription statuses that keep the plan; {@code incomplete} has not been paid yet. */
    private static final Set<String> LIVE = Set.of("active", "trialing", "past_due");

    private static final Set<String> ENDED = Set.of("canceled", "unpaid", "incomplete_expired");

    private final CheckoutSessions sessions;
    private final StripeCustomers customers;
    private final CreditLedger ledger;
    private final Plans plans;
    private final StripeProperties stripe;
    private final String defaultPlan;
    private final AuditLog audit;

    Fulfilment(
            CheckoutSessions sessions,
            StripeCustomers customers,
            CreditLedger ledger,
            Plans plans,
            StripeProperties stripe,
            BillingProperties billing,
            AuditLog audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.customers = customers;
        this.ledger = ledger;
        this.plans = plans;
        this.stripe = stripe;
        this.defaultPlan = billing.defaultPlan();
    }

    Result apply(StripeEvent event) {
        return switch (event.type()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> completed(event);
            case "checkout.session.expired" -> expired(event);
            case "checkout.session.async_payment_failed" -> paymentFailed(event);
            case "customer.subscription.updated" -> subscriptionUpdated(event);
            case "customer.subscription.deleted" -> subscriptionDeleted(event);
            default -> Result.of("ignored: Vectort does not act on " + event.type());
        };
    }

    private Result completed(StripeEvent event) {
        String sessionId = event.text("id");
        Optional<CheckoutSessions.Stored> found = sessions.find(sessionId);
        if (found.isEmpty()) {
            return ignored(event, "unknown checkout session " + sessionId);
        }
        CheckoutSessions.Stored session = found.get();
        String reference = event.text("client_reference_id");
        if (!reference.isEmpty() && !reference.equals(session.userId().toString())) {
            return ignored(event, "client_reference_id does not match the session's organisation");
        }
        String paid = event.text("payment_status");
        if (!paid.equals("paid") && !paid.equals("no_payment_required")) {
            // Delayed payment methods: checkout.session.async_payment_succeeded (or _failed) follows.
            return Result.of("awaiting payment (" + paid + ")").with(session, Payment.Status.PENDING);
        }
        String subscription = event.text("subscription");
        if (!sessions.complete(sessionId, subscription.isEmpty() ? null : subscription)) {
            return Result.of("session " + sessionId + " fulfilled already");
        }
        if (session.pack() != null) {
            // Keyed by the session, not the event: a session is credited once whatever events say so.
            ledger.credit(
                    session.userId(),
                    "purchase",
                    session.creditsMicros(),
                    "stripe:checkout:" + sessionId,
                    sessionId,
                    "Bought "
                            + Money.credits(session.creditsMicros())
                                    .stripTrailingZeros()
                                    .toPlainString() + " credits (" + session.pack() + ")");
            audit.record(
                    session.userId(),
                    Actor.SYSTEM,
                    "credits.purchased",
                    "checkout",
                    sessionId,
                    Map.of("pack", session.pack(), "credits", Money.credits(session.creditsMicros())));
            return Result.of("credited " + session.creditsMicros() + " micro-USD for " + sessionId)
                    .with(session, Payment.Status.SUCCEEDED);
        }
        String plan = requirePlan(session);
        plans.change(session.userId(), plan);
        customers.subscription(session.userId(), subscription.isEmpty() ? null : subscription);
        return new Result("plan changed to " + plan, Optional.of(session.userId()), Optional.empty())
                .with(session, Payment.Status.SUCCEEDED);
    }

    private Result expired(StripeEvent event) {
        String sessionId = event.text("id");
        Optional<CheckoutSessions.Stored> session = sessions.find(sessionId);
        if (session.isEmpty() || !sessions.expire(sessionId)) {
            return Result.of("ignored: session not open");
        }
        return Result.of("session expired").with(session.get(), Payment.Status.EXPIRED);
    }

    /** The session stays open: Stripe expires it later, or the buyer pays another way before that. */
    private Result paymentFailed(StripeEvent event) {
        Optional<CheckoutSessions.Stored> session = sessions.find(event.text("id"));
        if (session.isEmpty()) {
            return ignored(event, "unknown checkout session " + event.text("id"));
        }
        return Result.of("payment failed").with(session.get(), Payment.Status.FAILED);
    }

    private Result subscriptionUpdated(StripeEvent event) {
        Optional<StripeCustomers.Account> account = ownAccount(event);
        if (account.isEmpty()) {
            return ignored(event, "not the subscription of a known account");
        }
        UUID user = account.get().userId();
        String status = event.text("status");
        if (ENDED.contains(status)) {
            return backToDefault(user);
        }
        if (!LIVE.contains(status)) {
            return Result.of("ignored: subscription is " + status);
        }
        String price = event.object()
                .path("items")
                .path("data")
                .path(0)
                .path("price")
                .path("id")
                .asString("");
        Optional<String> plan = stripe.planOfPrice(price);
        if (plan.isEmpty()) {
            return ignored(event, "price " + price + " is not one of vectort.billing.stripe.prices");
        }
        plans.change(user, plan.get());
        customers.subscription(user, event.text("id"));
        return new Result("plan changed to " + plan.get(), Optional.of(user), Optional.empty());
    }

    private Result subscriptionDeleted(StripeEvent event) {
        Optional<StripeCustomers.Account> account = ownAccount(event);
        if (account.isEmpty()) {
            return ignored(event, "not the subscription of a known account");
        }
        return backToDefault(account.get().userId());
    }

    /**
     * The account of the event's customer, when the subscription is the one that decides its plan
     * (or it has none yet): a late event about a replaced subscription must not undo a newer one.
     */
    private Optional<StripeCustomers.Account> ownAccount(StripeEvent event) {
        String subscription = event.text("id");
        return customers
                .byCustomer(event.text("customer"))
                .filter(a -> a.subscriptionId() == null || a.subscriptionId().equals(subscription));
    }

    private Result backToDefault(UUID user) {
        plans.change(user, defaultPlan);
        customers.subscription(user, null);
        return new Result("subscription ended, plan changed to " + defaultPlan, Optional.of(user), Optional.empty());
    }

    private static String requirePlan(CheckoutSessions.Stored session) {
        if (session.planId() == null) {
            throw new IllegalStateException("checkout session " + session.id() + " has neither pack nor plan");
        }
        return session.planId();
    }

    private static Result ignored(StripeEvent event, String why) {
        log.warn("Ignored Stripe event {} ({}): {}", event.id(), event.type(), why);
        return Result.of("ignored: " + why);
    }

    /**
     * What an event did, whose plan it changed (that node's plan cache must forget it), and the
     * payment it reported, counted once the transaction committed.
     */
    record Result(String outcome, Optional<UUID> planChangedFor, Optional<Payment> payment) {
        static Result of(String outcome) {
            return new Result(outcome, Optional.empty(), Optional.empty());
        }

        Result with(CheckoutSessions.Stored session, Payment.Status status) {
            return new Result(outcome, planChangedFor, Optional.of(new Payment(session.kind(), status)));
        }
    }
}
