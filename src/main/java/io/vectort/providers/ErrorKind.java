package io.vectort.providers;

/**
 * Every provider failure is classified once, by its provider, into one of these. Only the
 * retryable kinds make the router retry or fall back.
 */
public enum ErrorKind {
    /** 429 or a vendor's "overloaded": retry later, honouring Retry-After. */
    RATE_LIMITED(true),
    /** 5xx. */
    SERVER_ERROR(true),
    /** Connect, first-token or total timeout, or 408. */
    TIMEOUT(true),
    /** Connection refused, reset or closed mid-stream. */
    CONNECTION(true),
    /** 400 and other client errors: the same request will fail again. */
    BAD_REQUEST(false),
    /** 401/403: wrong or missing key. */
    AUTHENTICATION(false),
    /** 404: unknown model or endpoint. */
    NOT_FOUND(false),
    /** The vendor refused the content (moderation, safety filters). */
    CONTENT_FILTER(false);

    private final boolean retryable;

    ErrorKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
