package io.vectort.billing.stripe.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.billing.stripe.Checkouts;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Role;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Billing")
@RestController
class CreditPurchaseController {

    private final Checkouts checkouts;

    CreditPurchaseController(Checkouts checkouts) {
        this.checkouts = checkouts;
    }

    @Operation(summary = "Buy a credit pack or subscribe to a plan: answers a Stripe Checkout URL to send the buyer to")
    @OrgAccess(Role.OWNER)
    @PostMapping("/api/v1/credits/purchase")
    @ResponseStatus(HttpStatus.CREATED)
    CheckoutView purchase(Membership member, @RequestBody PurchaseRequest request) {
        Checkouts.Checkout checkout = checkouts.start(
                member.orgId(),
                member.email(),
                Optional.ofNullable(request.pack()),
                Optional.ofNullable(request.plan()));
        return new CheckoutView(checkout.url(), checkout.sessionId(), checkout.expiresAt());
    }

    /** Exactly one of the two: a pack name such as {@code credits-10}, or a plan id. */
    record PurchaseRequest(@Nullable String pack, @Nullable String plan) {}

    record CheckoutView(
            @JsonProperty("checkout_url") String checkoutUrl,
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("expires_at") Instant expiresAt) {}
}
