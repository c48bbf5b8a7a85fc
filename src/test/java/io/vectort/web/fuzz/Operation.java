package io.vectort.web.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the served OpenAPI document, reduced to what the fuzzer varies.
 *
 * @param queryParameters query parameter name to its schema type ({@code string}, {@code integer}...)
 * @param bodyFields top-level JSON body field name to its schema type; empty without a JSON body
 */
record Operation(
        String method,
        String path,
        List<String> pathParameters,
        Map<String, String> queryParameters,
        Optional<Map<String, String>> bodyFields) {

    boolean mutating() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    boolean gateway() {
        return path.startsWith("/v1/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
