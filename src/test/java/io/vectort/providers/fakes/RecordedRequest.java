package io.vectort.providers.fakes;

import io.vectort.providers.http.WireJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A request a fake upstream received, for assertions.
 *
 * @param path the path without the query
 * @param query the raw query, empty when none
 * @param headers header names in lower case
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
                .flatMap(values -> values.stream().findFirst());
    }

    /** The body as JSON (a missing node when it is empty). */
    public JsonNode json() {
        return body.isEmpty() ? tools.jackson.databind.node.MissingNode.getInstance() : WireJson.MAPPER.readTree(body);
    }
}
