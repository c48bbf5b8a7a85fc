package io.vectort.generation.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A deployment step failed, classified once into a code the user can act on: {@code bad-token}
 * (401/403: the token is wrong, expired or lacks a scope), {@code quota-exceeded} (402/429, with
 * the host's Retry-After), {@code provider-error} (5xx or unreachable: retried), {@code
 * build-failed} (with the host's log), {@code timeout}, {@code provider-refused} (any other 4xx,
 * with the host's words).
 */
public class DeployFailedException extends RuntimeException {

    private final String code;
    private final boolean retryable;
    private final Optional<Duration> retryAfter;
    private final List<String> logLines;

    public DeployFailedException(String code, String message, boolean retryable, Optional<Duration> retryAfter) {
        this(code, message, retryable, retryAfter, List.of());
    }

    public DeployFailedException(
            String code, String message, boolean retryable, Optional<Duration> retryAfter, List<String> logLines) {
        super(message);
        this.code = code;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.logLines = List.copyOf(logLines);
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    public List<String> logLines() {
        return logLines;
    }
}
