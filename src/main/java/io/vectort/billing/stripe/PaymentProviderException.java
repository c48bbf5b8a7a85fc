package io.vectort.billing.stripe;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** Stripe refused or failed a call; the buyer can retry later, nothing was stored. */
class PaymentProviderException extends DomainException {

    PaymentProviderException(String message) {
        super(ErrorCategory.UPSTREAM_FAILED, "payment-provider-error", message);
    }
}
