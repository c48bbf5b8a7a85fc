package io.vectort.shared;

/**
 * A rate limit refused the request. Carries what the {@code RateLimit-*} and {@code Retry-After}
 * response headers need.
 *
 * @see ErrorCategory#QUOTA_EXCEEDED
 */
public class RateLimitExceededException extends DomainException {

    private final long limit;
    private final long remaining;
    private final long resetSeconds;
    private final long retryAfterSeconds;

    public RateLimitExceededException(
            String what, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
        this("rate-limited", what, limit, remaining, resetSeconds, retryAfterSeconds);
    }

    /** With a code of its own, for a limit the client explains in its own words ("too-many-codes"). */
    public RateLimitExceededException(
            String code, String what, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
        super(
                ErrorCategory.QUOTA_EXCEEDED,
                code,
                "Too many " + what + ": the limit is " + limit + "; try again in " + retryAfterSeconds + " s");
        this.limit = limit;
        this.remaining = remaining;
        this.resetSeconds = resetSeconds;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long limit() {
        return limit;
    }

    public long remaining() {
        return remaining;
    }

    public long resetSeconds() {
        return resetSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
