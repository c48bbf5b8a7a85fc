package io.vectort.providers.http;

import io.vectort.providers.ErrorKind;

/**
 * The one mapping from an upstream HTTP status to an {@link ErrorKind}, shared by every vendor.
 * Vendors refine it only where the body says more than the status (a content filter behind a 400,
 * an invalid key behind Gemini's 400).
 *
 * <p>529 is Anthropic's "overloaded": it is classified {@link ErrorKind#RATE_LIMITED}, like the same
 * {@code overloaded_error} arriving mid-stream, so the router backs off from the deployment instead
 * of hammering it; both kinds are retryable, so fallback is unaffected.
 */
public final class StatusKinds {

    private StatusKinds() {}

    public static ErrorKind forStatus(int status) {
        return switch (status) {
            case 401, 403 -> ErrorKind.AUTHENTICATION;
            // 402 (OpenRouter and others: out of credits): the key cannot be used until someone pays.
            case 402 -> ErrorKind.AUTHENTICATION;
            case 404 -> ErrorKind.NOT_FOUND;
            case 408 -> ErrorKind.TIMEOUT;
            case 429, 529 -> ErrorKind.RATE_LIMITED;
            default -> status >= 500 && status <= 599 ? ErrorKind.SERVER_ERROR : ErrorKind.BAD_REQUEST;
        };
    }
}
