package io.vectort.providers.gemini;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import io.vectort.providers.http.ErrorMessages;
import io.vectort.providers.http.RetryAfter;
import io.vectort.providers.http.StatusKinds;
import io.vectort.providers.http.UpstreamError;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Google's error bodies ({@code google.rpc.Status} with details), classified. Pure. */
final class GeminiErrors {

    private GeminiErrors() {}

    static ProviderException translate(Deployment deployment, UpstreamError error) {
        JsonNode body = error.json().map(json -> json.path("error")).orElse(MissingNode.getInstance());
        // Google answers an invalid key with 400 INVALID_ARGUMENT; it is an authentication failure.
        ErrorKind kind = detail(body, "type.googleapis.com/google.rpc.ErrorInfo")
                        .map(info -> info.path("reason").asString(""))
                        .filter("API_KEY_INVALID"::equals)
                        .isPresent()
                ? ErrorKind.AUTHENTICATION
                : StatusKinds.forStatus(error.status());
        // Google sends no Retry-After header on quota errors, only a RetryInfo detail.
        Optional<Duration> retryAfter = RetryAfter.from(error.headers(), Instant.now())
                .or(() -> detail(body, "type.googleapis.com/google.rpc.RetryInfo")
                        .flatMap(info -> RetryAfter.parseGoDuration(
                                info.path("retryDelay").asString(""))));
        return error.toException(deployment, kind, retryAfter);
    }

    /** An error object sent as an event of a 200 stream. */
    static ProviderException inStream(Deployment deployment, JsonNode json) {
        ErrorKind kind = StatusKinds.forStatus(json.path("error").path("code").asInt(500));
        String message = ErrorMessages.vendorMessage(json).orElse("upstream failed mid-stream");
        return new ProviderException(
                kind, OptionalInt.empty(), Optional.empty(), ErrorMessages.forCaller(deployment, message));
    }

    static ProviderException blocked(Deployment deployment, String reason) {
        return new ProviderException(
                ErrorKind.CONTENT_FILTER,
                OptionalInt.empty(),
                Optional.empty(),
                ErrorMessages.forCaller(deployment, "prompt blocked by Gemini (" + reason + ")"));
    }

    private static Optional<JsonNode> detail(JsonNode error, String type) {
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asString("").equals(type)) {
                return Optional.of(detail);
            }
        }
        return Optional.empty();
    }
}
