package io.vectort.providers;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A classified provider failure. The message is safe to show (it never contains keys); it is the
 * vendor's own error message when there is one.
 *
 * @see ErrorKind
 */
public class ProviderException extends RuntimeException {

    private final ErrorKind kind;
    private final OptionalInt httpStatus;
    private final Optional<Duration> retryAfter;

    public ProviderException(ErrorKind kind, OptionalInt httpStatus, Optional<Duration> retryAfter, String message) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public ProviderException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = OptionalInt.empty();
        this.retryAfter = Optional.empty();
    }

    public ErrorKind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind.retryable();
    }

    public OptionalInt httpStatus() {
        return httpStatus;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
