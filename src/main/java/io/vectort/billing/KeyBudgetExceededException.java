package io.vectort.billing;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import java.time.Instant;

/** An API key's own daily or monthly budget cannot cover a call's maximum cost. Nothing was reserved. */
public class KeyBudgetExceededException extends DomainException {

    private final Instant resetsAt;

    KeyBudgetExceededException(String which, long budgetMicros, long leftMicros, long neededMicros, Instant resetsAt) {
        super(
                ErrorCategory.QUOTA_EXCEEDED,
                "key-budget-exceeded",
                "You exceeded this API key's " + which + " budget of " + Money.credits(budgetMicros) + " credits: "
                        + Money.credits(leftMicros) + " are left and this call may cost up to "
                        + Money.credits(neededMicros) + ". The budget resets at " + resetsAt
                        + "; an admin of the organisation can raise it.");
        this.resetsAt = resetsAt;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
