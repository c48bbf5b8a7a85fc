package io.vectort.shared;

/** The request is valid but clashes with the current state (a duplicate, a running job, ...). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(ErrorCategory.CONFLICT, code, message);
    }
}
