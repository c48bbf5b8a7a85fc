package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * A non-2xx answer from upstream, for a vendor's {@link ErrorTranslator}.
 *
 * @param body the start of the body (bounded: an error page can be large)
 */
public record UpstreamError(int status, HttpHeaders headers, String body) {

    /** The body as JSON, when it is JSON. */
    public Optional<JsonNode> json() {
        return WireJson.tryParse(body).filter(JsonNode::isObject);
    }

    /** The classification every vendor starts from: the status, {@code Retry-After}, the message. */
    public ProviderException toException(Deployment deployment) {
        return toException(deployment, StatusKinds.forStatus(status), RetryAfter.from(headers, Instant.now()));
    }

    public ProviderException toException(Deployment deployment, ErrorKind kind, Optional<Duration> retryAfter) {
        String message = json().flatMap(ErrorMessages::vendorMessage).orElse("HTTP " + status + " from upstream");
        return new ProviderException(
                kind, OptionalInt.of(status), retryAfter, ErrorMessages.forCaller(deployment, message));
    }
}
