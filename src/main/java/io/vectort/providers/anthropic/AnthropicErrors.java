package io.vectort.providers.anthropic;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import io.vectort.providers.http.ErrorMessages;
import io.vectort.providers.http.RetryAfter;
import io.vectort.providers.http.StatusKinds;
import io.vectort.providers.http.UpstreamError;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * Anthropic's errors, classified. Over HTTP the status decides (like every vendor), except that
 * {@code overloaded_error} is {@link ErrorKind#RATE_LIMITED} whatever the status; inside a stream,
 * where the status was already 200, the error type decides.
 */
final class AnthropicErrors {

    private AnthropicErrors() {}

    static ProviderException translate(Deployment deployment, UpstreamError error) {
        String type = error.json()
                .map(json -> json.path("error").path("type").asString(""))
                .orElse("");
        ErrorKind kind =
                type.equals("overloaded_error") ? ErrorKind.RATE_LIMITED : StatusKinds.forStatus(error.status());
        return error.toException(deployment, kind, RetryAfter.from(error.headers(), Instant.now()));
    }

    /** An {@code event: error} inside a stream. */
    static ProviderException inStream(Deployment deployment, JsonNode event) {
        ErrorKind kind = switch (event.path("error").path("type").asString("")) {
            case "overloaded_error", "rate_limit_error" -> ErrorKind.RATE_LIMITED;
            case "invalid_request_error", "request_too_large" -> ErrorKind.BAD_REQUEST;
            case "authentication_error", "permission_error", "billing_error" -> ErrorKind.AUTHENTICATION;
            case "not_found_error" -> ErrorKind.NOT_FOUND;
            case "timeout_error" -> ErrorKind.TIMEOUT;
            default -> ErrorKind.SERVER_ERROR; // api_error and anything new
        };
        String message = ErrorMessages.vendorMessage(event).orElse("upstream failed mid-stream");
        return new ProviderException(
                kind, OptionalInt.empty(), Optional.empty(), ErrorMessages.forCaller(deployment, message));
    }
}
