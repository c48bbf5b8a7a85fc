package io.vectort.billing.stripe;

import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.vectort.billing.Quotas;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives Stripe webhook deliveries. A delivery counts only with a valid {@code Stripe-Signature}
 * no older than the tolerance, so a captured payload sent again later is refused (400) and nothing
 * is recorded. Stripe delivers at least once: a valid delivery of an event id processed before
 * answers 200 and changes nothing, because the event id is recorded in the transaction of its
 * effect.
 */
@Service
public class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    private final StripeProperties properties;
    private final StripeEvents events;
    private final Fulfilment fulfilment;
    private final Quotas quotas;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final PaymentMetrics metrics;

    StripeWebhooks(
            StripeProperties properties,
            StripeEvents events,
            Fulfilment fulfilment,
            Quotas quotas,
            TransactionTemplate transactions,
            JsonMapper json,
            PaymentMetrics metrics) {
        this.metrics = metrics;
        this.properties = properties;
        this.events = events;
        this.fulfilment = fulfilment;
        this.quotas = quotas;
        this.transactions = transactions;
        this.json = json;
    }

    /** Verifies and processes one delivery; {@code payload} is the request body exactly as sent. */
    public Receipt receive(String payload, @Nullable String signature) {
        StripeEvent event = verify(payload, signature);
        Fulfilment.Result result;
        try {
            result = transactions.execute(status -> {
                if (!events.claim(event)) {
                    return null;
                }
                Fulfilment.Result applied = fulfilment.apply(event);
                events.outcome(event.id(), applied.outcome());
                return applied;
            });
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // Rolled back, event id included: Stripe delivers it again later. A 503 asks for that.
            log.error("Could not process Stripe event {} ({})", event.id(), event.type(), e);
            throw new DomainException(
                    ErrorCategory.UNAVAILABLE,
                    "stripe-event-failed",
                    "Event " + event.id() + " could not be processed now; deliver it again later");
        }
        if (result == null) {
            return new Receipt(event.id(), true, "duplicate delivery, already processed");
        }
        // After the commit, so that no request on this node caches the old plan again in between.
        result.planChangedFor().ifPresent(quotas::planChanged);
        result.payment().ifPresent(metrics::count);
        return new Receipt(event.id(), false, result.outcome());
    }

    private StripeEvent verify(String payload, @Nullable String signature) {
        try {
            return verified(payload, signature);
        } catch (InvalidWebhookException e) {
            // Once per refused delivery: a wrong webhook secret shows up here, not in Stripe.
            log.warn("Refused a Stripe webhook delivery: {}", e.getMessage());
            throw e;
        }
    }

    private StripeEvent verified(String payload, @Nullable String signature) {
        if (properties.webhookSecret().isBlank()) {
            throw new StripeNotConfiguredException("VECTORT_STRIPE_WEBHOOK_SECRET");
        }
        if (signature == null || signature.isBlank()) {
            throw new InvalidWebhookException("The Stripe-Signature header is missing");
        }
        try {
            Event event = Webhook.constructEvent(
                    payload,
                    signature,
                    properties.webhookSecret(),
                    properties.tolerance().toSeconds());
            JsonNode object = json.readTree(payload).path("data").path("object");
            if (event.getId() == null || event.getType() == null || !object.isObject()) {
                throw new InvalidWebhookException("The payload is not a Stripe event");
            }
            return new StripeEvent(event.getId(), event.getType(), Boolean.TRUE.equals(event.getLivemode()), object);
        } catch (SignatureVerificationException e) {
            // The SDK's message says which check failed (no matching signature, or a timestamp
            // outside the tolerance); it contains neither the secret nor the expected signature.
            throw new InvalidWebhookException("The Stripe signature is not valid: " + e.getMessage());
        } catch (JsonParseException | JacksonException e) {
            throw new InvalidWebhookException("The payload is not a Stripe event");
        }
    }

    /**
     * What became of a delivery.
     *
     * @param duplicate true when the event id had been processed before and nothing changed now
     * @param outcome what Vectort did, in words (Stripe shows it in the dashboard's delivery log)
     */
    public record Receipt(String eventId, boolean duplicate, String outcome) {}
}
