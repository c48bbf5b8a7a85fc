package io.vectort.billing.stripe;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stripe settings, prefix {@code vectort.billing.stripe}. Without a secret key purchases answer
 * 503; without a webhook secret the webhook does.
 *
 * @param secretKey the API secret key ({@code sk_test_...} or {@code sk_live_...}), from
 *     {@code VECTORT_STRIPE_SECRET_KEY}
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_...}), from
 *     {@code VECTORT_STRIPE_WEBHOOK_SECRET}
 * @param apiBase where the Stripe API lives; tests point it at a fake
 * @param tolerance how old a webhook signature's timestamp may be; older deliveries are replays
 * @param successUrl where Checkout sends the buyer after paying ({@code {CHECKOUT_SESSION_ID}} is
 *     filled in by Stripe)
 * @param cancelUrl where Checkout sends a buyer who gives up
 * @param prices the Stripe price id of each plan that can be subscribed to; a plan without one
 *     is not for sale
 * @param packs the credit packs, by name
 */
@ConfigurationProperties("vectort.billing.stripe")
public record StripeProperties(
        @DefaultValue("") String secretKey,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("https://api.stripe.com") String apiBase,
        @DefaultValue("300s") Duration tolerance,

        @DefaultValue("http://localhost:8080/?checkout=success&session_id={CHECKOUT_SESSION_ID}")
        String successUrl,

        @DefaultValue("http://localhost:8080/?checkout=cancelled")
        String cancelUrl,

        @DefaultValue Map<String, String> prices,
        @DefaultValue Map<String, CreditPack> packs) {

    public StripeProperties {
        URI base = URI.create(apiBase);
        if (base.getScheme() == null || !base.getScheme().startsWith("http") || base.getHost() == null) {
            throw new IllegalArgumentException(
                    "vectort.billing.stripe.api-base must be an http(s) URL such as https://api.stripe.com, not \""
                            + apiBase + "\"");
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("vectort.billing.stripe.tolerance must be positive, e.g. 300s");
        }
        packs.forEach((name, pack) -> {
            if (pack.usd().signum() <= 0 || pack.credits() <= 0 || pack.usd().scale() > 2) {
                throw new IllegalArgumentException("vectort.billing.stripe.packs." + name
                        + " needs a positive usd price (at most cents) and a positive number of credits");
            }
        });
        // Blank entries come from unset environment variables: that plan is not for sale.
        prices = prices.entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().strip()));
        packs = Map.copyOf(packs);
    }

    boolean configured() {
        return !secretKey.isBlank();
    }

    /** The plan a Stripe price stands for, when it is one of ours. */
    Optional<String> planOfPrice(String priceId) {
        return prices.entrySet().stream()
                .filter(e -> e.getValue().equals(priceId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * A credit pack: what it costs and what it grants.
     *
     * @param usd the price in US dollars, e.g. {@code 10.00}
     * @param credits the credits granted (1 credit = 0.001 USD of usage)
     */
    public record CreditPack(BigDecimal usd, long credits) {}
}
