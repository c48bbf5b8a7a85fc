package io.vectort.gateway;

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
