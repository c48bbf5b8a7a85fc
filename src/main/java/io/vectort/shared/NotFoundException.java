package io.vectort.shared;

/**
 * The resource does not exist <em>for this caller</em>. Another tenant's resource answers the same
 * way, so that ids leak nothing.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String resource) {
        super(ErrorCategory.NOT_FOUND, "not-found", resource + " not found");
    }
}
