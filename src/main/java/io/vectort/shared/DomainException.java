package io.vectort.shared;

import java.util.Map;

/**
 * A failure a caller can understand and act on. {@code code} is a stable, machine-readable slug
 * (it becomes the last segment of the problem type URI); the message is written for people.
 */
public class DomainException extends RuntimeException {

    private final ErrorCategory category;
    private final String code;
    private final Map<String, Object> extensions;

    public DomainException(ErrorCategory category, String code, String message) {
        this(category, code, message, Map.of());
    }

    /** With problem extension members (RFC 9457 §3.2) that help a client act on the failure. */
    public DomainException(ErrorCategory category, String code, String message, Map<String, Object> extensions) {
        super(message);
        this.category = category;
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public ErrorCategory category() {
        return category;
    }

    public String code() {
        return code;
    }
}
