package io.vectort.providers.openai;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import io.vectort.providers.http.ErrorMessages;
import io.vectort.providers.http.RetryAfter;
import io.vectort.providers.http.StatusKinds;
import io.vectort.providers.http.UpstreamError;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** OpenAI's error bodies and rate-limit headers, classified. Pure. */
final class OpenAiErrors {

    /** OpenAI's moderation refusal, Azure's content filter (plus its inner code). */
    private static final Set<String> CONTENT_FILTER_CODES =
            Set.of("content_filter", "content_policy_violation", "ResponsibleAIPolicyViolation");

    private OpenAiErrors() {}

    static ProviderException translate(Deployment deployment, UpstreamError error) {
        JsonNode body = error.json().map(json -> json.path("error")).orElse(MissingNode.getInstance());
        ErrorKind kind = isContentFilter(body) ? ErrorKind.CONTENT_FILTER : StatusKinds.forStatus(error.status());
        Optional<Duration> retryAfter = RetryAfter.from(error.headers(), Instant.now());
        if (retryAfter.isEmpty() && kind == ErrorKind.RATE_LIMITED) {
            retryAfter = exhaustedLimitReset(error.headers());
        }
        return error.toException(deployment, kind, retryAfter);
    }

    /**
     * An error object sent inside a 200 stream ({@code data: {"error": {...}}}): OpenAI on a failure
     * mid-generation, vLLM and OpenRouter with a numeric {@code code} that is an HTTP status.
     */
    static ProviderException inStream(Deployment deployment, JsonNode json) {
        JsonNode error = json.path("error");
        JsonNode code = error.path("code");
        ErrorKind kind;
        if (isContentFilter(error)) {
            kind = ErrorKind.CONTENT_FILTER;
        } else if (code.isNumber() || (code.isString() && code.stringValue().matches("\\d{3}"))) {
            kind = StatusKinds.forStatus(code.asInt(500));
        } else if (error.path("type").asString("").contains("rate_limit")
                || code.asString("").contains("rate_limit")) {
            kind = ErrorKind.RATE_LIMITED;
        } else {
            kind = ErrorKind.SERVER_ERROR;
        }
        String message = ErrorMessages.vendorMessage(json).orElse("upstream failed mid-stream");
        return new ProviderException(
                kind, OptionalInt.empty(), Optional.empty(), ErrorMessages.forCaller(deployment, message));
    }

    private static boolean isContentFilter(JsonNode error) {
        return Stream.of(error.path("code"), error.path("innererror").path("code"), error.path("type"))
                .anyMatch(node -> node.isString() && CONTENT_FILTER_CODES.contains(node.stringValue()));
    }

    /**
     * OpenAI may send no {@code Retry-After} on a 429, only when each limit resets; the limit that
     * ran out (remaining 0) decides.
     */
    private static Optional<Duration> exhaustedLimitReset(HttpHeaders headers) {
        return Stream.of("requests", "tokens")
                .filter(limit -> headers.firstValue("x-ratelimit-remaining-" + limit)
                        .map(String::trim)
                        .filter("0"::equals)
                        .isPresent())
                .flatMap(limit -> headers.firstValue("x-ratelimit-reset-" + limit).stream())
                .flatMap(value -> RetryAfter.parseGoDuration(value).stream())
                .max(Duration::compareTo);
    }
}
