package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.ProviderException;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper for vendor payloads, and how unreadable upstream JSON is classified. */
public final class WireJson {

    /** Thread-safe; trees only, so no configuration beyond the defaults. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WireJson() {}

    /** Parses what the upstream sent; garbage from upstream is the upstream's fault (retryable). */
    public static JsonNode parse(Deployment deployment, String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new ProviderException(
                    ErrorKind.SERVER_ERROR,
                    OptionalInt.empty(),
                    Optional.empty(),
                    ErrorMessages.forCaller(deployment, "upstream sent invalid JSON"));
        }
    }

    /** Parses text that may or may not be JSON (error bodies, tool arguments). */
    public static Optional<JsonNode> tryParse(String json) {
        try {
            return Optional.of(MAPPER.readTree(json));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
