package io.vectort.web.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns an operation into hostile requests: each path and query parameter, each body field and the
 * body as a whole replaced in turn by something wrong, plus wrong content types, {@code Accept}
 * headers, credentials and methods. Everything else in a case stays valid, so the one hostile part
 * reaches as deep into the endpoint as it can.
 */
final class CaseGenerator {

    /** Valid values of the path parameters, by operation path and parameter name. */
    private final Function<Operation, Map<String, String>> validPathValues;

    private final List<String> otherTenantIds;
    private final long maxBodySize;

    CaseGenerator(
            Function<Operation, Map<String, String>> validPathValues, List<String> otherTenantIds, long maxBodySize) {
        this.validPathValues = validPathValues;
        this.otherTenantIds = otherTenantIds;
        this.maxBodySize = maxBodySize;
    }

    List<FuzzCase> casesFor(Operation operation) {
        List<FuzzCase> cases = new ArrayList<>();
        Map<String, String> path = validPathValues.apply(operation);
        Map<String, String> query = validQuery(operation);
        String body = validBody(operation);
        for (String parameter : operation.pathParameters()) {
            List<String> values = new ArrayList<>(HostileValues.URL_VALUES);
            values.addAll(otherTenantIds);
            values.add(UUID.randomUUID().toString());
            for (String value : values) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(parameter, value);
                cases.add(plain(operation, "path " + parameter, target(operation, changed, query), body));
            }
        }
        for (String parameter : operation.queryParameters().keySet()) {
            for (String value : HostileValues.URL_VALUES) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(parameter, value);
                cases.add(plain(operation, "query " + parameter, target(operation, path, changed), body));
            }
        }
        String valid = target(operation, path, query);
        cases.add(plain(operation, "undecodable query", valid + (valid.contains("?") ? "&" : "?") + "x=%ff", body));
        if (operation.bodyFields().isPresent()) {
            bodyCases(operation, valid, cases);
        }
        for (String accept : HostileValues.ACCEPTS) {
            cases.add(new FuzzCase(
                    "accept",
                    operation,
                    operation.method(),
                    valid,
                    FuzzCase.Auth.OWN,
                    jsonWith("Accept", accept, body),
                    body));
        }
        for (FuzzCase.Auth auth :
                List.of(FuzzCase.Auth.NONE, FuzzCase.Auth.GARBAGE, FuzzCase.Auth.USER_TOKEN, FuzzCase.Auth.API_KEY)) {
            cases.add(new FuzzCase("auth", operation, operation.method(), valid, auth, json(body), body));
        }
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")) {
            if (!method.equals(operation.method())) {
                cases.add(new FuzzCase("method", operation, method, valid, FuzzCase.Auth.OWN, json(body), body));
            }
        }
        return cases;
    }

    private void bodyCases(Operation operation, String target, List<FuzzCase> cases) {
        Map<String, String> fields = operation.bodyFields().orElseThrow();
        for (String broken : HostileValues.BROKEN_BODIES) {
            cases.add(plain(operation, "broken body", target, broken));
        }
        for (String field : fields.keySet()) {
            List<String> values = new ArrayList<>(HostileValues.JSON_STRINGS);
            values.addAll(HostileValues.JSON_WRONG_TYPES);
            for (String value : values) {
                cases.add(plain(operation, "field " + field, target, bodyWith(fields, field, value)));
            }
        }
        String valid = validBody(operation);
        cases.add(plain(operation, "body just under the limit", target, padded(valid, maxBodySize - 64)));
        cases.add(plain(operation, "body over the limit", target, padded(valid, maxBodySize + 1)));
        for (String type : HostileValues.CONTENT_TYPES) {
            cases.add(new FuzzCase(
                    "content type",
                    operation,
                    operation.method(),
                    target,
                    FuzzCase.Auth.OWN,
                    Map.of("Content-Type", type),
                    valid));
        }
        cases.add(new FuzzCase(
                "no content type", operation, operation.method(), target, FuzzCase.Auth.OWN, Map.of(), valid));
    }

    private static FuzzCase plain(Operation operation, String description, String target, String body) {
        return new FuzzCase(description, operation, operation.method(), target, FuzzCase.Auth.OWN, json(body), body);
    }

    private static Map<String, String> json(String body) {
        return body == null ? Map.of() : Map.of("Content-Type", "application/json");
    }

    private static Map<String, String> jsonWith(String name, String value, String body) {
        Map<String, String> headers = new LinkedHashMap<>(json(body));
        headers.put(name, value);
        return headers;
    }

    private static String target(Operation operation, Map<String, String> path, Map<String, String> query) {
        String target = operation.path();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (!query.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            query.forEach((name, value) -> joined.append(joined.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(value));
            target += joined;
        }
        return target;
    }

    private static Map<String, String> validQuery(Operation operation) {
        Map<String, String> query = new LinkedHashMap<>();
        operation.queryParameters().forEach((name, type) -> {
            if (!type.equals("string")) {
                query.put(name, type.equals("boolean") ? "true" : "1");
            }
        });
        return query;
    }

    /** The operation's body with plausible values, or {@code null} when it takes none. */
    static String validBody(Operation operation) {
        if (operation.bodyFields().isEmpty()) {
            return null;
        }
        if (operation.path().equals("/v1/chat/completions")) {
            return "{\"model\":\"fuzz-model\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        }
        if (operation.path().equals("/v1/embeddings")) {
            return "{\"model\":\"fuzz-model\",\"input\":\"hi\"}";
        }
        Map<String, String> fields = operation.bodyFields().get();
        return bodyWith(fields, "", "");
    }

    private static String bodyWith(Map<String, String> fields, String replaced, String replacement) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, type) -> {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append('"').append(name).append("\":");
            body.append(name.equals(replaced) ? replacement : validValue(type));
        });
        return body.append('}').toString();
    }

    private static String validValue(String type) {
        return switch (type) {
            case "integer" -> "1";
            case "number" -> "0.9";
            case "boolean" -> "false";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> "\"fuzz\"";
        };
    }

    /** The valid body grown to {@code size} bytes by an extra field that endpoints ignore. */
    private static String padded(String valid, long size) {
        String base = valid == null || valid.equals("{}")
                ? "{\"_pad\":\""
                : valid.substring(0, valid.length() - 1) + ",\"_pad\":\"";
        int padding = (int) Math.max(0, size - base.length() - 2);
        return base + "p".repeat(padding) + "\"}";
    }
}
