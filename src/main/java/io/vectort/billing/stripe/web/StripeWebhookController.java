package io.vectort.billing.stripe.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.billing.stripe.StripeWebhooks;
import io.vectort.identity.access.PublicAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Billing")
@RestController
class StripeWebhookController {

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * Public: the signature is the authentication. The body is taken as the exact text Stripe sent,
     * because the signature covers those bytes, not a re-serialised JSON tree.
     */
    @Operation(summary = "Stripe webhook (signed by Stripe; no access token)")
    @PublicAccess
    @PostMapping(path = "/api/v1/stripe/webhook", consumes = "*/*")
    StripeWebhooks.Receipt receive(
            @RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
        return webhooks.receive(payload, signature);
    }
}
