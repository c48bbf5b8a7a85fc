package io.vectort.gateway;

import io.vectort.database.DatabaseTrouble;
import java.util.List;
import java.util.Optional;

/**
 * An error in OpenAI's shape: {@code {"error": {"message", "type", "param", "code"}}}, with the
 * HTTP status to answer it with.
 */
public class OpenAiError extends RuntimeException {

    private final int status;
    private final String type;
    private final Optional<String> param;
    private final Optional<String> code;
    private final Optional<Long> retryAfterSeconds;

    public OpenAiError(int status, String type, Optional<String> param, Optional<String> code, String message) {
        this(status, type, param, code, message, Optional.empty());
    }

    public OpenAiError(
            int status,
            String type,
            Optional<String> param,
            Optional<String> code,
            String message,
            Optional<Long> retryAfterSeconds) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A busy or unreachable database: retryable, like a busy upstream. */
    public static OpenAiError database(DatabaseTrouble trouble) {
        boolean overloaded = trouble == DatabaseTrouble.OVERLOADED;
        return new OpenAiError(
                503,
                "server_error",
                Optional.empty(),
                Optional.of(overloaded ? "overloaded" : "database_unavailable"),
                overloaded
                        ? "The server is busy; retry in a few seconds."
                        : "The database is unavailable; retry in a few seconds.",
                Optional.of(overloaded ? 2L : 5L));
    }

    /** The caller's API key may use only {@code allowed} models, and {@code model} is not one of them. */
    public static OpenAiError modelNotAllowed(String model, List<String> allowed) {
        return new OpenAiError(
                403,
                "invalid_request_error",
                Optional.of("model"),
                Optional.of("model_not_allowed"),
                "This API key may not use the model `" + model + "`. It may use: " + String.join(", ", allowed)
                        + ". An admin of the organisation can change that.");
    }

    public static OpenAiError invalid(String param, String message) {
        return new OpenAiError(400, "invalid_request_error", Optional.of(param), Optional.empty(), message);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Optional<String> param() {
        return param;
    }

    public Optional<String> code() {
        return code;
    }

    public Optional<Long> retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
