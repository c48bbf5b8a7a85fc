package io.vectort.tracing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the OTLP exporter's header list, as the OpenTelemetry SDK specification defines it. */
final class OtlpHeaders {

    private OtlpHeaders() {}

    /**
     * {@code key=value} pairs separated by commas, values URL-encoded; a pair without {@code =} or
     * with an empty key is invalid and ignored, as the specification asks.
     */
    static Map<String, String> parse(String list) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String pair : list.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || pair.substring(0, equals).isBlank()) {
                continue;
            }
            String value = URLDecoder.decode(pair.substring(equals + 1).trim(), StandardCharsets.UTF_8);
            headers.put(pair.substring(0, equals).trim(), value);
        }
        return headers;
    }
}
