package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Sentry ingest endpoint in the test JVM, speaking Sentry's envelope protocol: {@code POST
 * /api/{projectId}/envelope/} authenticated by the {@code X-Sentry-Auth} header, a body (gzip when
 * {@code Content-Encoding} says so) of newline-separated parts: the envelope header (JSON), then per
 * item an item header (JSON, with {@code type} and optionally {@code length} in bytes) and its
 * payload. Requests with a wrong key or project are refused with 401/404, as Sentry does.
 */
public final class FakeSentry implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH = Pattern.compile("/api/([0-9]+)/envelope/");
    private static final Pattern KEY = Pattern.compile("sentry_key=([0-9a-f]+)");

    /** One item of a received envelope: its header, and its payload parsed when it is JSON. */
    public record Item(JsonNode header, byte[] payload) {
        public String type() {
            return header.path("type").asString();
        }

        public JsonNode json() {
            return JSON.readTree(payload);
        }
    }

    /** An envelope as it arrived: the decompressed bytes, and the parts read from them. */
    public record Envelope(byte[] bytes, JsonNode header, List<Item> items) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Optional<JsonNode> event() {
            return items.stream()
                    .filter(item -> item.type().equals("event"))
                    .findFirst()
                    .map(Item::json);
        }
    }

    private final String publicKey = UUID.randomUUID().toString().replace("-", "");
    private final String projectId = "4242";
    private final List<Envelope> envelopes = new CopyOnWriteArrayList<>();
    private final List<Integer> refusals = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public FakeSentry() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The DSN pointing at this fake, as Sentry shows it: {@code http://<key>@<host>/<project>}. */
    public String dsn() {
        return "http://" + publicKey + "@127.0.0.1:" + server.getAddress().getPort() + "/" + projectId;
    }

    public List<Envelope> envelopes() {
        return List.copyOf(envelopes);
    }

    /** Status codes of the requests refused (wrong path, key or body). */
    public List<Integer> refusals() {
        return List.copyOf(refusals);
    }

    /** Events received so far (the payloads of {@code event} items). */
    public List<JsonNode> events() {
        return envelopes.stream().flatMap(e -> e.event().stream()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            String auth = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Sentry-Auth"))
                    .orElse("");
            Matcher key = KEY.matcher(auth);
            int status;
            if (!exchange.getRequestMethod().equals("POST")
                    || !path.matches()
                    || !path.group(1).equals(projectId)) {
                status = 404;
            } else if (!auth.startsWith("Sentry ")
                    || !key.find()
                    || !key.group(1).equals(publicKey)) {
                status = 401;
            } else {
                byte[] body = body(exchange);
                envelopes.add(parse(body));
                status = 200;
            }
            if (status != 200) {
                refusals.add(status);
            }
            byte[] answer = status == 200 ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readAllBytes();
            }
        }
        return raw;
    }

    /** Reads an envelope as Sentry's ingest does: a payload of known length may contain newlines. */
    static Envelope parse(byte[] bytes) {
        int[] position = {0};
        JsonNode header = JSON.readTree(line(bytes, position));
        List<Item> items = new ArrayList<>();
        while (position[0] < bytes.length) {
            byte[] itemHeaderBytes = line(bytes, position);
            if (itemHeaderBytes.length == 0) {
                continue;
            }
            JsonNode itemHeader = JSON.readTree(itemHeaderBytes);
            byte[] payload;
            if (itemHeader.has("length")) {
                int length = itemHeader.get("length").asInt();
                payload = Arrays.copyOfRange(bytes, position[0], position[0] + length);
                position[0] += length;
                if (position[0] < bytes.length && bytes[position[0]] == '\n') {
                    position[0]++;
                }
            } else {
                payload = line(bytes, position);
            }
            items.add(new Item(itemHeader, payload));
        }
        return new Envelope(bytes, header, items);
    }

    private static byte[] line(byte[] bytes, int[] position) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (position[0] < bytes.length && bytes[position[0]] != '\n') {
            line.write(bytes[position[0]++]);
        }
        position[0]++;
        return line.toByteArray();
    }
}
