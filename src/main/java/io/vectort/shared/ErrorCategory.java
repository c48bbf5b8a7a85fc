package io.vectort.shared;

/** What kind of failure a {@link DomainException} is; the web layer maps each to an HTTP status. */
public enum ErrorCategory {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    /** Well-formed, but the resource cannot do it as it is (a deployment that needs a repository). */
    UNPROCESSABLE,
    /** It existed but is no longer usable (an expired or used invitation). */
    GONE,
    QUOTA_EXCEEDED,
    INSUFFICIENT_CREDITS,
    UNAVAILABLE,
    /** A third-party service we depend on (a payment provider) answered with an error. */
    UPSTREAM_FAILED
}
