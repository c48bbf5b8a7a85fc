package io.vectort.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.vectort.billing.InsufficientCreditsException;
import io.vectort.billing.KeyBudgetExceededException;
import io.vectort.database.DatabaseTrouble;
import io.vectort.gateway.OpenAiError;
import io.vectort.gateway.ProviderErrors;
import io.vectort.providers.ProviderException;
import io.vectort.providers.local.BundledEmbeddingsBusyException;
import io.vectort.shared.RateLimitExceededException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.node.ObjectNode;

/** Errors of the {@code /v1} controllers, in OpenAI's error shape instead of problem+json. */
@RestControllerAdvice(basePackages = "io.vectort.gateway")
@Order(Ordered.HIGHEST_PRECEDENCE)
class GatewayExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

    @ExceptionHandler(OpenAiError.class)
    ResponseEntity<ObjectNode> openAi(OpenAiError e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        e.retryAfterSeconds().ifPresent(s -> response.header("Retry-After", Long.toString(s)));
        return response.body(OpenAiErrorWriter.body(e));
    }

    @ExceptionHandler(ProviderException.class)
    ResponseEntity<ObjectNode> provider(ProviderException e) {
        return openAi(ProviderErrors.toOpenAi(e));
    }

    /** Plan limits: OpenAI's rate-limit error, with the same headers as the rest of the API. */
    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ObjectNode> rateLimited(RateLimitExceededException e) {
        return ResponseEntity.status(429)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .header("RateLimit-Limit", Long.toString(e.limit()))
                .header("RateLimit-Remaining", Long.toString(e.remaining()))
                .header("RateLimit-Reset", Long.toString(e.resetSeconds()))
                .body(OpenAiErrorWriter.body(new OpenAiError(
                        429,
                        "rate_limit_error",
                        Optional.empty(),
                        Optional.of("rate_limit_exceeded"),
                        e.getMessage())));
    }

    /** No credits left: OpenAI answers this case with 429 {@code insufficient_quota}, and so do we. */
    @ExceptionHandler(InsufficientCreditsException.class)
    ResponseEntity<ObjectNode> noCredits(InsufficientCreditsException e) {
        return openAi(new OpenAiError(
                429, "insufficient_quota", Optional.empty(), Optional.of("insufficient_quota"), e.getMessage()));
    }

    /** The key's own budget: like OpenAI's {@code insufficient_quota}, but naming the key's budget. */
    @ExceptionHandler(KeyBudgetExceededException.class)
    ResponseEntity<ObjectNode> keyBudget(KeyBudgetExceededException e) {
        long untilReset =
                Math.max(1, Duration.between(Instant.now(), e.resetsAt()).toSeconds());
        return openAi(new OpenAiError(
                429,
                "insufficient_quota",
                Optional.empty(),
                Optional.of("key_budget_exceeded"),
                e.getMessage(),
                Optional.of(untilReset)));
    }

    /** The bundled embedding model's CPU budget is taken: come back shortly, as after an overload. */
    @ExceptionHandler(BundledEmbeddingsBusyException.class)
    ResponseEntity<ObjectNode> embeddingsBusy(BundledEmbeddingsBusyException e) {
        return openAi(new OpenAiError(
                503,
                "api_error",
                Optional.empty(),
                Optional.of("embeddings_busy"),
                e.getMessage(),
                Optional.of(Math.max(1, e.retryAfter().toSeconds()))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        return openAi(new OpenAiError(
                400,
                "invalid_request_error",
                Optional.empty(),
                Optional.empty(),
                "We could not parse the JSON body of your request."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ObjectNode> mediaType(HttpMediaTypeNotSupportedException e) {
        return openAi(new OpenAiError(
                415,
                "invalid_request_error",
                Optional.empty(),
                Optional.empty(),
                "Send the request body as application/json."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ObjectNode> unexpected(Exception e) {
        Optional<DatabaseTrouble> database = DatabaseTrouble.of(e);
        if (database.isPresent()) {
            log.warn("Refused a /v1 request, database {}: {}", database.get(), e.getMessage());
            return openAi(OpenAiError.database(database.get()));
        }
        log.error("Unexpected error on the OpenAI-compatible API", e);
        return openAi(new OpenAiError(
                HttpStatus.INTERNAL_SERVER_ERROR.value(),
                "api_error",
                Optional.empty(),
                Optional.empty(),
                "The server had an error while processing your request."));
    }

    /** Any other path under {@code /v1}: OpenAI answers unknown URLs with its own error shape. */
    @Hidden
    @RestController
    static class UnknownRoutes {
        @RequestMapping("/v1/**")
        ResponseEntity<ObjectNode> unknown() {
            throw new OpenAiError(
                    404,
                    "invalid_request_error",
                    Optional.empty(),
                    Optional.of("unknown_url"),
                    "Unknown request URL. See the API reference of the OpenAI-compatible API in docs/API.md.");
        }
    }
}
