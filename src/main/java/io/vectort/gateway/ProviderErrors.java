package io.vectort.gateway;

import io.vectort.providers.ProviderException;
import java.util.Optional;

/** How upstream failures look to API clients: OpenAI's status codes and error types. */
public final class ProviderErrors {

    private ProviderErrors() {}

    public static OpenAiError toOpenAi(ProviderException e) {
        Optional<Long> retryAfter = e.retryAfter().map(d -> Math.max(1, d.toSeconds()));
        return switch (e.kind()) {
            case RATE_LIMITED ->
                new OpenAiError(
                        429,
                        "rate_limit_error",
                        Optional.empty(),
                        Optional.of("upstream_rate_limited"),
                        e.getMessage(),
                        retryAfter.or(() -> Optional.of(1L)));
            case TIMEOUT ->
                new OpenAiError(504, "api_error", Optional.empty(), Optional.of("upstream_timeout"), e.getMessage());
            case SERVER_ERROR, CONNECTION ->
                new OpenAiError(
                        502,
                        "api_error",
                        Optional.empty(),
                        Optional.of("upstream_unavailable"),
                        e.getMessage(),
                        retryAfter);
            case BAD_REQUEST ->
                new OpenAiError(400, "invalid_request_error", Optional.empty(), Optional.empty(), e.getMessage());
            case CONTENT_FILTER ->
                new OpenAiError(
                        400, "invalid_request_error", Optional.empty(), Optional.of("content_filter"), e.getMessage());
            case NOT_FOUND ->
                new OpenAiError(
                        404,
                        "invalid_request_error",
                        Optional.of("model"),
                        Optional.of("model_not_found"),
                        e.getMessage());
            // The upstream refused our key: a server configuration problem, not the caller's.
            case AUTHENTICATION ->
                new OpenAiError(
                        502,
                        "api_error",
                        Optional.empty(),
                        Optional.of("upstream_authentication_failed"),
                        "The model provider rejected this server's credentials; ask the administrator to check them");
        };
    }
}
