package io.vectort.providers.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A POST to an upstream API: where, with which headers, and the JSON body. */
public record UpstreamRequest(URI uri, Map<String, String> headers, byte[] body) {

    public UpstreamRequest {
        headers = Map.copyOf(headers);
    }

    public static Builder post(URI uri, String jsonBody) {
        return new Builder(uri, jsonBody.getBytes(StandardCharsets.UTF_8));
    }

    /** Collects headers; names are case-insensitive, the last value set wins. */
    public static final class Builder {
        private final URI uri;
        private final byte[] body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(URI uri, byte[] body) {
            this.uri = uri;
            this.body = body;
        }

        public Builder header(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        public UpstreamRequest build() {
            return new UpstreamRequest(uri, headers, body);
        }
    }
}
