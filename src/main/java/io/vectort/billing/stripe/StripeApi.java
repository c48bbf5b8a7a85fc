package io.vectort.billing.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.CustomerCreateParams;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The only door to the Stripe SDK. Every Stripe failure becomes a {@link PaymentProviderException}
 * (a 502), logged here once with Stripe's request id; the secret key is never logged.
 */
@Component
class StripeApi {

    private static final Logger log = LoggerFactory.getLogger(StripeApi.class);

    private final StripeProperties properties;
    private final Optional<StripeClient> client;

    StripeApi(StripeProperties properties) {
        this.properties = properties;
        this.client = properties.configured()
                ? Optional.of(StripeClient.builder()
                        .setApiKey(properties.secretKey())
                        .setApiBase(properties.apiBase())
                        .setConnectTimeout(10_000)
                        .setReadTimeout(30_000)
                        // Retries reuse one idempotency key, which the SDK adds to every POST.
                        .setMaxNetworkRetries(1)
                        .build())
                : Optional.empty();
    }

    boolean configured() {
        return client.isPresent();
    }

    String createCustomer(UUID userId, String email) {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .setEmail(email)
                .putMetadata("org_id", userId.toString())
                .build();
        try {
            return client().v1().customers().create(params).getId();
        } catch (StripeException e) {
            throw failed("create a customer for user " + userId, e);
        }
    }

    CreatedCheckout createCheckout(UUID userId, String customerId, Offer offer) {
        try {
            Session session = client().v1()
                    .checkout()
                    .sessions()
                    .create(CheckoutParams.of(userId, customerId, offer, properties));
            if (session.getUrl() == null || session.getExpiresAt() == null) {
                throw new PaymentProviderException(
                        "Stripe created checkout session " + session.getId() + " without a URL or an expiry");
            }
            return new CreatedCheckout(
                    session.getId(), session.getUrl(), Instant.ofEpochSecond(session.getExpiresAt()));
        } catch (StripeException e) {
            throw failed("create a checkout session for user " + userId, e);
        }
    }

    /**
     * Cancels a subscription now ({@code DELETE /v1/subscriptions/{id}}), without proration. One
     * that Stripe no longer knows is as good as cancelled.
     */
    void cancelSubscription(UUID orgId, String subscriptionId) {
        try {
            client().v1().subscriptions().cancel(subscriptionId);
        } catch (StripeException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode()) && "resource_missing".equals(e.getCode())) {
                log.info("Stripe no longer knows subscription {} of organisation {}", subscriptionId, orgId);
                return;
            }
            throw failed("cancel subscription " + subscriptionId + " of organisation " + orgId, e);
        }
    }

    private StripeClient client() {
        return client.orElseThrow(() -> new StripeNotConfiguredException("VECTORT_STRIPE_SECRET_KEY"));
    }

    private static PaymentProviderException failed(String what, StripeException e) {
        log.warn(
                "Stripe could not {}: status {}, code {}, request {}: {}",
                what,
                e.getStatusCode(),
                e.getCode(),
                e.getRequestId(),
                e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage());
        return new PaymentProviderException("The payment provider refused the request; try again later");
    }

    record CreatedCheckout(String id, String url, Instant expiresAt) {}
}
