package io.vectort.billing.stripe;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** Payments are switched off on this installation: the operator has not set the Stripe secrets. */
class StripeNotConfiguredException extends DomainException {

    StripeNotConfiguredException(String variable) {
        super(
                ErrorCategory.UNAVAILABLE,
                "payments-not-configured",
                "Payments are not configured on this server: the operator must set " + variable);
    }
}
