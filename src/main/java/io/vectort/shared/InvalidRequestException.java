package io.vectort.shared;

import java.util.List;

/** The request is malformed; {@link #violations()} says which fields and why. */
public class InvalidRequestException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(ErrorCategory.INVALID, "validation", summarize(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String code, String message) {
        this(List.of(new FieldViolation(field, code, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summarize(List<FieldViolation> violations) {
        if (violations.size() == 1) {
            FieldViolation only = violations.get(0);
            return only.field() + ": " + only.message();
        }
        return violations.size() + " fields are invalid";
    }
}
