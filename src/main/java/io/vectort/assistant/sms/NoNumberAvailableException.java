package io.vectort.assistant.sms;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** The provider has no number that can text in the country asked for. */
public class NoNumberAvailableException extends DomainException {

    public NoNumberAvailableException(String country) {
        super(
                ErrorCategory.UNAVAILABLE,
                "no-numbers-available",
                "No phone number that can text is available in " + country + " right now; try again later");
    }
}
