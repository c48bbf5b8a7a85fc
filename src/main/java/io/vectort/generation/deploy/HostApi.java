package io.vectort.generation.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's REST API as the adapters use it: bearer token, JSON both ways, no redirects followed
 * (a token must never be sent to another host), and every error body turned into a classified
 * {@link DeployFailedException} with the host's own words.
 */
public final class HostApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final String baseUrl;
    private final Function<JsonNode, Optional<String>> errorMessage;
    private final HttpClient http;

    /**
     * @param host the host's name for people
     * @param baseUrl the API's base URL, without a trailing slash
     * @param errorMessage reads the host's words from its error body
     */
    public HostApi(String host, String baseUrl, Function<JsonNode, Optional<String>> errorMessage) {
        this.host = host;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.errorMessage = errorMessage;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public <T> T get(String path, String token, Class<T> type) {
        return read(send(request(path, token).GET()), type);
    }

    public <T> T post(String path, String token, Object body, Class<T> type) {
        return json("POST", path, token, body, type);
    }

    public <T> T patch(String path, String token, Object body, Class<T> type) {
        return json("PATCH", path, token, body, type);
    }

    private <T> T json(String method, String path, String token, Object body, Class<T> type) {
        return read(
                send(request(path, token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))),
                type);
    }

    /** Sends raw bytes (a file upload); extra headers come in name, value pairs. */
    public <T> T upload(String method, String path, String token, byte[] content, Class<T> type, String... headers) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/octet-stream")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(content));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return read(send(request), type);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private String send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw HostErrors.unreachable(host, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HostErrors.unreachable(host, "interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        if (status >= 300 && status < 400) {
            throw HostErrors.unreachable(
                    host, "it answered with a redirect (HTTP " + status + "), which is not followed");
        }
        throw HostErrors.classify(
                host,
                status,
                response.headers().firstValue("Retry-After"),
                parse(response.body()).flatMap(errorMessage));
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body == null || body.isBlank() ? "{}" : body, type);
        } catch (JacksonException e) {
            throw new DeployFailedException(
                    "provider-error",
                    host + " answered something that is not the expected JSON",
                    true,
                    Optional.empty());
        }
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return body == null || body.isBlank() ? Optional.empty() : Optional.of(JSON.readTree(body));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** A text field of an error body, when it is one. */
    public static Optional<String> text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? Optional.of(node.asString()) : Optional.empty();
    }
}
