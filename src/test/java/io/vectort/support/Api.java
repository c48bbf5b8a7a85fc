package io.vectort.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for integration tests: JSON in, JSON (or bytes, or SSE) out. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The scrape token of every test node (vectort.web.metrics-token), as Prometheus sends it. */
    public static final String METRICS_TOKEN = "test-metrics-token-0123456789";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /**
     * Every test client comes from its own address (test nodes trust X-Forwarded-For from
     * 127.0.0.1, as from a proxy), so per-address limits such as sign-ups don't leak between tests.
     */
    private final String clientAddress = "10.%d.%d.%d"
            .formatted(
                    (int) (Math.random() * 250) + 1, (int) (Math.random() * 250) + 1, (int) (Math.random() * 250) + 1);

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Sends a request; {@code body} is a JSON string as is, or any object serialised to JSON. */
    public Response send(String method, String path, String token, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Prometheus exposition, read with the scrape token. */
    public Response metrics() {
        return get("/api/metrics", METRICS_TOKEN);
    }

    /**
     * The sum of every series of a metric whose labels contain {@code labels} (empty: all series),
     * as Prometheus scrapes it from {@code /api/metrics}.
     */
    public double metric(String name, String labels) {
        return metrics()
                .body()
                .lines()
                .filter(line -> (line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Registers a fresh account and signs in. */
    public Session newUser() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String password = "password-" + UUID.randomUUID();
        Response registered = post("/api/v1/auth/register", null, Map.of("email", email, "password", password));
        if (registered.status() != 202) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        Response login = post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        if (login.status() != 200) {
            throw new IllegalStateException("sign-in after registration failed: " + login);
        }
        JsonNode tokens = login.json();
        // Registration answers the same for a new and a taken address, so the id comes from the account.
        JsonNode me =
                get("/api/v1/auth/me", tokens.get("accessToken").asString()).json();
        return new Session(
                UUID.fromString(me.get("id").asString()),
                email,
                password,
                tokens.get("accessToken").asString(),
                tokens.get("refreshToken").asString());
    }

    /**
     * Reads an SSE response until the server ends it, the {@code stopAfter} events were read, or
     * {@code timeout} passed.
     */
    public SseResponse events(
            String path, String token, Optional<String> lastEventId, int stopAfter, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", id));
        try {
            HttpResponse<InputStream> response =
                    http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            List<SseEvent> events = new ArrayList<>();
            try (InputStream body = response.body();
                    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    return new SseResponse(
                            response.statusCode(), response.headers().map(), events);
                }
                String id = null;
                String event = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while (events.size() < stopAfter && (line = reader.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new SseEvent(id, event, data.toString()));
                        }
                        id = null;
                        event = "message";
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        if (!data.isEmpty()) {
                            data.append('\n');
                        }
                        data.append(line.substring(5).stripLeading());
                    }
                }
            }
            return new SseResponse(response.statusCode(), response.headers().map(), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Session(UUID userId, String email, String password, String token, String refreshToken) {}

    public record Response(int status, Map<String, List<String>> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }

        /** The body read as server-sent events (a stream the server has ended). */
        public List<SseEvent> sseEvents() {
            List<SseEvent> events = new ArrayList<>();
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line : (body() + "\n\n").split("\r?\n", -1)) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new SseEvent(null, event, data.toString()));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
            return events;
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    public record SseEvent(String id, String event, String data) {
        public JsonNode json() {
            return JSON.readTree(data);
        }
    }

    public record SseResponse(int status, Map<String, List<String>> headers, List<SseEvent> events) {}
}
