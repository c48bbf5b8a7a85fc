package io.vectort.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Without Stripe secrets, payments answer "unavailable" (503) before touching anything else: the
 * collaborators are null here, so any use of them would fail the test with a NullPointerException.
 */
class StripeNotConfiguredTest {

    private static StripeProperties properties(String secretKey, String webhookSecret) {
        return new StripeProperties(
                secretKey,
                webhookSecret,
                "https://api.stripe.com",
                Duration.ofMinutes(5),
                "https://example.com/ok",
                "https://example.com/cancel",
                Map.of("starter", "price_1", "pro", ""),
                Map.of("credits-10", new StripeProperties.CreditPack(new BigDecimal("10.00"), 10_000)));
    }

    @Test
    void purchaseWithoutASecretKeyIsUnavailable() {
        StripeProperties properties = properties("", "whsec_x");
        Checkouts checkouts = new Checkouts(new StripeApi(properties), properties, null, null, null, null);

        assertThatThrownBy(() -> checkouts.start(
                        UUID.randomUUID(), "a@example.com", Optional.of("credits-10"), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.UNAVAILABLE);
                    assertThat(e.code()).isEqualTo("payments-not-configured");
                    assertThat(e.getMessage()).contains("VECTORT_STRIPE_SECRET_KEY");
                });
    }

    @Test
    void webhookWithoutASigningSecretIsUnavailable() {
        StripeWebhooks webhooks = new StripeWebhooks(properties("sk_test_x", " "), null, null, null, null, null, null);

        assertThatThrownBy(() -> webhooks.receive("{}", "t=1,v1=00"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("VECTORT_STRIPE_WEBHOOK_SECRET");
                });
    }

    @Test
    void blankPriceMeansThePlanIsNotForSale() {
        StripeProperties properties = properties("sk_test_x", "whsec_x");

        assertThat(properties.prices()).containsOnlyKeys("starter");
        assertThat(properties.planOfPrice("price_1")).hasValue("starter");
        assertThat(properties.planOfPrice("price_2")).isEmpty();
    }

    @Test
    void invalidConfigurationSaysWhatToFix() {
        assertThatThrownBy(() -> new StripeProperties(
                        "", "", "api.stripe.com", Duration.ofMinutes(5), "", "", Map.of(), Map.of()))
                .hasMessageContaining("vectort.billing.stripe.api-base");
        assertThatThrownBy(() -> new StripeProperties(
                        "",
                        "",
                        "https://api.stripe.com",
                        Duration.ofMinutes(5),
                        "",
                        "",
                        Map.of(),
                        Map.of("odd", new StripeProperties.CreditPack(new BigDecimal("9.999"), 10))))
                .hasMessageContaining("vectort.billing.stripe.packs.odd");
    }
}
