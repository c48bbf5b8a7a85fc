package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns what a vendor said into a message that is safe to show: prefixed with the deployment's
 * name, shortened, and with the deployment's key removed wherever it appears (some servers echo the
 * key they rejected).
 */
public final class ErrorMessages {

    static final int MAX_LENGTH = 1000;
    private static final String REDACTED = "[redacted]";

    private ErrorMessages() {}

    /**
     * The vendor's own message in an error body: {@code error.message} (OpenAI, Anthropic, Gemini,
     * vLLM), {@code error} as a string (Ollama), {@code message} or {@code detail} (FastAPI servers).
     */
    public static Optional<String> vendorMessage(JsonNode body) {
        JsonNode error = body.path("error");
        for (JsonNode candidate :
                new JsonNode[] {error.path("message"), error, body.path("message"), body.path("detail")}) {
            if (candidate.isString() && !candidate.stringValue().isBlank()) {
                return Optional.of(candidate.stringValue());
            }
        }
        return Optional.empty();
    }

    /**
     * True when a 200 body or stream event is an error object ({@code {"error": {...}}}), as OpenAI,
     * vLLM, OpenRouter and Gemini send once a stream has started; some servers send {@code "error":
     * null} on normal chunks.
     */
    public static boolean carriesError(JsonNode json) {
        JsonNode error = json.path("error");
        return error.isObject() || (error.isString() && !error.stringValue().isEmpty());
    }

    /** {@code "<deployment>: <message>"}, shortened, without the key. */
    public static String forCaller(Deployment deployment, String message) {
        String text = deployment.name() + ": " + message;
        String safe = deployment
                .apiKey()
                .map(Deployment.Secret::value)
                .filter(key -> !key.isEmpty())
                .map(key -> text.replace(key, REDACTED))
                .orElse(text);
        return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH) + "…";
    }
}
