package io.vectort.billing;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** The balance cannot cover a reservation. Nothing was reserved. */
public class InsufficientCreditsException extends DomainException {

    public InsufficientCreditsException(long neededMicros, long availableMicros) {
        super(
                ErrorCategory.INSUFFICIENT_CREDITS,
                "insufficient-credits",
                "Not enough credits: this needs " + Money.credits(neededMicros) + " credits and "
                        + Money.credits(availableMicros) + " are available");
    }
}
