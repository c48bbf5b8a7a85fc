package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fake hosts (Vercel, Netlify, Render) share: an HTTP server in the test JVM, tokens that
 * each choose how the host behaves for the test that owns them (tests share one fake), and a log
 * of every request. Each subclass speaks its host's real paths, JSON shapes and error bodies.
 */
public abstract class FakeHost {

    /** How the host treats the requests of one token. */
    public enum Outcome {
        /** Builds and goes live after a poll or two. */
        READY,
        /** The build fails on the host, with a build log. */
        BUILD_ERROR,
        /** The token is refused (401 or 403, as the host does). */
        BAD_TOKEN,
        /** The account's limit is reached: 429 with Retry-After. */
        RATE_LIMITED,
        /** The first call that creates a deployment answers 500; later ones work. */
        SERVER_ERROR_ONCE,
        /** Stays building for ever. */
        NEVER_READY,
        /** The first look at a deployment answers 429 with Retry-After: 1; then as READY. */
        POLL_RATE_LIMITED_ONCE
    }

    /** A request as the host received it. */
    public record Request(String method, String path, String token, byte[] body, Map<String, List<String>> headers) {}

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    protected final List<Request> requests = new CopyOnWriteArrayList<>();
    protected final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final Map<String, Boolean> failedOnce = new ConcurrentHashMap<>();
    private final HttpServer server;

    protected FakeHost() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", this::receive);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new token of the host's account, behaving as {@code outcome}. */
    public String token(Outcome outcome) {
        String token = "tok_" + UUID.randomUUID().toString().replace("-", "");
        outcomes.put(token, outcome);
        return token;
    }

    /** The requests made with one token, in order. */
    public List<Request> requestsOf(String token) {
        return requests.stream().filter(r -> r.token().equals(token)).toList();
    }

    protected abstract void handle(HttpExchange exchange, Request request, Outcome outcome) throws IOException;

    /** The host's error body for a status and a message. */
    protected abstract Object error(int status, String code, String message);

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
            Request request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null
                                    ? ""
                                    : "?" + exchange.getRequestURI().getRawQuery()),
                    token,
                    exchange.getRequestBody().readAllBytes(),
                    Map.copyOf(exchange.getRequestHeaders()));
            requests.add(request);
            Outcome outcome = outcomes.get(token);
            if (outcome == null || outcome == Outcome.BAD_TOKEN) {
                reply(exchange, unauthorizedStatus(), error(unauthorizedStatus(), "forbidden", "Not authorized"));
                return;
            }
            handle(exchange, request, outcome);
        } catch (RuntimeException e) {
            reply(exchange, 500, error(500, "internal_server_error", "The fake failed: " + e));
        }
    }

    protected int unauthorizedStatus() {
        return 401;
    }

    /** True once per token: the first deployment-creating call of a SERVER_ERROR_ONCE token. */
    protected boolean failsNow(Request request, Outcome outcome) {
        return outcome == Outcome.SERVER_ERROR_ONCE && failedOnce.putIfAbsent(request.token(), true) == null;
    }

    /** Answers the outcomes every host shares on a call that creates a deployment; true if it did. */
    protected boolean refused(HttpExchange exchange, Request request, Outcome outcome) throws IOException {
        if (outcome == Outcome.RATE_LIMITED) {
            exchange.getResponseHeaders().set("Retry-After", "60");
            reply(exchange, 429, error(429, "rate_limited", "Rate limit exceeded"));
            return true;
        }
        if (failsNow(request, outcome)) {
            reply(exchange, 500, error(500, "internal_server_error", "An unexpected error occurred"));
            return true;
        }
        return false;
    }

    /** How many times a deployment was looked at, this look included. */
    protected int poll(String deploymentId) {
        return polls.computeIfAbsent(deploymentId, id -> new AtomicInteger()).incrementAndGet();
    }

    protected static JsonNode json(Request request) {
        return JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
    }

    protected static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    protected static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
