package io.vectort.billing.stripe;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/**
 * A webhook delivery that is not provably a fresh one from Stripe: no or a wrong signature, or a
 * signature older than the tolerance (a replay). Nothing of it is recorded.
 */
class InvalidWebhookException extends DomainException {

    InvalidWebhookException(String message) {
        super(ErrorCategory.INVALID, "invalid-stripe-signature", message);
    }
}
