package io.vectort.gateway;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Rejects numbers that do not fit a double ({@code 1e309}, {@code -1e309}, a 400-digit integer)
 * anywhere in a {@code /v1} body. Jackson reads them as infinities or huge big integers; left in the
 * body they break whatever handles them later (pricing, the cache key, the upstream request), which
 * answered a client's mistake with a 500. Unknown fields are screened too: they pass through to
 * OpenAI-compatible upstreams.
 */
public final class FiniteNumbers {

    private FiniteNumbers() {}

    /** Throws a 400 naming the first such number's path, e.g. {@code messages[0].metadata.score}. */
    public static void require(JsonNode body) {
        visit(body, "");
    }

    /** Recursion is safe: Jackson's read constraints already cap nesting depth (500 levels). */
    private static void visit(JsonNode node, String path) {
        if (node.isNumber()) {
            // Number.doubleValue() turns an out-of-range big number into an infinity; Jackson's own
            // asDouble() throws instead.
            if (!Double.isFinite(node.numberValue().doubleValue())) {
                String param = path.isEmpty() ? "body" : path;
                throw OpenAiError.invalid(
                        param,
                        "Invalid value for '" + param
                                + "': numbers must be finite and within ±1.7976931348623157e308.");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                visit(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            }
        }
    }
}
