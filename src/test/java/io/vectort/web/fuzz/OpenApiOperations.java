package io.vectort.web.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the operations out of an OpenAPI 3 document, resolving body schemas through their refs. */
final class OpenApiOperations {

    private OpenApiOperations() {}

    static List<Operation> from(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                operations.add(operation(
                        document, path.getKey(), method.getKey().toUpperCase(Locale.ROOT), method.getValue()));
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode document, String path, String method, JsonNode spec) {
        List<String> pathParameters = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : spec.path("parameters")) {
            String type =
                    resolve(document, parameter.path("schema")).path("type").asString("string");
            switch (parameter.path("in").asString()) {
                case "path" -> pathParameters.add(parameter.get("name").asString());
                case "query" -> query.put(parameter.get("name").asString(), type);
                default -> {}
            }
        }
        Optional<Map<String, String>> body = Optional.empty();
        JsonNode content = spec.path("requestBody").path("content");
        if (!content.isMissingNode()) {
            Map<String, String> fields = new LinkedHashMap<>();
            JsonNode media = content.has("application/json")
                    ? content.get("application/json")
                    : content.values().iterator().next();
            JsonNode schema = resolve(document, media.path("schema"));
            for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
                fields.put(
                        field.getKey(),
                        resolve(document, field.getValue()).path("type").asString("object"));
            }
            body = Optional.of(fields);
        }
        return new Operation(method, path, pathParameters, query, body);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asString();
            resolved = document.at(ref.substring(1));
        }
        return resolved;
    }
}
