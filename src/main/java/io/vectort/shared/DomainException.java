package io.vectort.shared;

/**
 * A failure a caller can understand and act on. {@code code} is a stable, machine-readable slug
 * (it becomes the last segment of the problem type URI); the message is written for people.
 */
public class DomainException extends RuntimeException {

    private final ErrorCategory category;
    private final String code;

    public DomainException(ErrorCategory category, String code, String message) {
        super(message);
        this.category = category;
        this.code = code;
    }

    public ErrorCategory category() {
        return category;
    }

    public String code() {
        return code;
    }
}
