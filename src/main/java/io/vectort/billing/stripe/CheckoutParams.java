package io.vectort.billing.stripe;

import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Maps an offer to Checkout Session parameters. The organisation id goes into {@code client_reference_id}
 * and metadata so that the Stripe dashboard shows whose payment it is; fulfilment itself relies
 * on the stored session.
 */
final class CheckoutParams {

    private CheckoutParams() {}

    static SessionCreateParams of(UUID userId, String customerId, Offer offer, StripeProperties properties) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setCustomer(customerId)
                .setClientReferenceId(userId.toString())
                .setSuccessUrl(properties.successUrl())
                .setCancelUrl(properties.cancelUrl())
                .putMetadata("org_id", userId.toString())
                .putMetadata("kind", offer.kind())
                .putMetadata(offer.kind(), offer.name());
        return switch (offer) {
            case Offer.Pack pack ->
                params.setMode(SessionCreateParams.Mode.PAYMENT)
                        .addLineItem(LineItem.builder()
                                .setQuantity(1L)
                                .setPriceData(PriceData.builder()
                                        .setCurrency("usd")
                                        .setUnitAmount(pack.cents())
                                        .setProductData(PriceData.ProductData.builder()
                                                .setName(NumberFormat.getIntegerInstance(Locale.US)
                                                                .format(pack.credits())
                                                        + " Vectort credits")
                                                .build())
                                        .build())
                                .build())
                        .build();
            case Offer.Subscription plan ->
                params.setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                        .addLineItem(LineItem.builder()
                                .setPrice(plan.priceId())
                                .setQuantity(1L)
                                .build())
                        .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                                .putMetadata("org_id", userId.toString())
                                .putMetadata("plan", plan.name())
                                .build())
                        .build();
        };
    }
}
