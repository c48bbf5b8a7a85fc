package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake of GitHub's REST API for the integration suite, speaking its JSON and its errors: {@code
 * 401 {"message":"Bad credentials"}}, {@code 403} with {@code X-OAuth-Scopes} and {@code
 * X-Accepted-OAuth-Scopes} for a token without the scope, {@code 404 Not Found}, {@code 422
 * "Repository creation failed."} with {@code "name already exists on this account"}. Its
 * repositories are real: their clone URLs point to {@link TestGitServer}.
 */
public final class FakeGitHub {

    /** A classic token with {@code repo}: may read, create, push and open pull requests. */
    public static final String TOKEN = "ghp_fakeValidToken0000000000000000000001";
    /** A classic token with {@code read:user} only: {@code GET /user} works, nothing else. */
    public static final String READ_ONLY_TOKEN = "ghp_fakeReadOnlyToken00000000000000000002";

    public static final String LOGIN = "octo-tester";
    private static final String DOCS = "https://docs.github.com/rest";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Map<String, Object>> REPOSITORIES = new ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger PULLS = new AtomicInteger();
    private static final HttpServer SERVER = start();

    static {
        TestGitServer.acceptWriteToken(TOKEN);
    }

    private FakeGitHub() {}

    public record Request(String method, String path, String authorization, JsonNode body) {}

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    public static void register(BiConsumer<String, String> property) {
        property.accept("vectort.github.api-url", baseUrl());
    }

    /** A repository that exists already (with an empty Git repository behind it). */
    public static void addRepository(String owner, String name) {
        REPOSITORIES.put((owner + "/" + name).toLowerCase(Locale.ROOT), repository(owner, name, true));
    }

    public static List<Request> requests(String method, String path) {
        return REQUESTS.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    /** The Git server's name of a GitHub repository. */
    public static String gitName(String owner, String name) {
        return "gh-" + owner.toLowerCase(Locale.ROOT) + "-" + name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> repository(String owner, String name, boolean isPrivate) {
        String clone = TestGitServer.createEmpty(gitName(owner, name));
        Map<String, Object> repository = new LinkedHashMap<>();
        repository.put("id", Math.abs((owner + name).hashCode()));
        repository.put("name", name);
        repository.put("full_name", owner + "/" + name);
        repository.put("private", isPrivate);
        repository.put("owner", Map.of("login", owner, "type", "User"));
        repository.put("html_url", "https://github.test/" + owner + "/" + name);
        repository.put("clone_url", clone);
        repository.put("default_branch", "main");
        repository.put("permissions", Map.of("admin", true, "push", true, "pull", true));
        return repository;
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", FakeGitHub::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            REQUESTS.add(new Request(method, path, authorization, body));
            String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
            if (!token.equals(TOKEN) && !token.equals(READ_ONLY_TOKEN)) {
                error(exchange, 401, "Bad credentials", Map.of());
                return;
            }
            String scopes = token.equals(TOKEN) ? "repo, read:org" : "read:user";
            exchange.getResponseHeaders().add("X-OAuth-Scopes", scopes);
            route(exchange, method, path, token, body);
        }
    }

    private static void route(HttpExchange exchange, String method, String path, String token, JsonNode body)
            throws IOException {
        String[] parts = path.substring(1).split("/");
        if (method.equals("GET") && path.equals("/user")) {
            String login = token.equals(TOKEN) ? LOGIN : "octo-reader";
            json(exchange, 200, Map.of("login", login, "id", 583231, "type", "User"));
        } else if (method.equals("GET") && path.equals("/user/repos")) {
            json(exchange, 200, new ArrayList<>(REPOSITORIES.values()));
        } else if (method.equals("GET") && parts.length == 3 && parts[0].equals("repos")) {
            Map<String, Object> repository = REPOSITORIES.get((parts[1] + "/" + parts[2]).toLowerCase(Locale.ROOT));
            if (repository == null) {
                error(exchange, 404, "Not Found", Map.of());
            } else {
                json(exchange, 200, repository);
            }
        } else if (method.equals("POST")
                && (path.equals("/user/repos") || (parts.length == 3 && parts[0].equals("orgs")))) {
            if (!token.equals(TOKEN)) {
                missingScope(exchange, "repo");
                return;
            }
            String owner = path.equals("/user/repos") ? LOGIN : parts[1];
            String name = body.path("name").asString("");
            String key = (owner + "/" + name).toLowerCase(Locale.ROOT);
            if (REPOSITORIES.containsKey(key)) {
                error(
                        exchange,
                        422,
                        "Repository creation failed.",
                        Map.of(
                                "errors",
                                List.of(Map.of(
                                        "resource", "Repository",
                                        "code", "custom",
                                        "field", "name",
                                        "message", "name already exists on this account"))));
                return;
            }
            Map<String, Object> repository =
                    repository(owner, name, body.path("private").asBoolean(false));
            REPOSITORIES.put(key, repository);
            json(exchange, 201, repository);
        } else if (method.equals("POST") && parts.length == 4 && parts[0].equals("repos") && parts[3].equals("pulls")) {
            if (!token.equals(TOKEN)) {
                missingScope(exchange, "repo");
                return;
            }
            int number = PULLS.incrementAndGet();
            json(
                    exchange,
                    201,
                    Map.of(
                            "number",
                            number,
                            "state",
                            "open",
                            "html_url",
                            "https://github.test/" + parts[1] + "/" + parts[2] + "/pull/" + number,
                            "head",
                            Map.of("ref", body.path("head").asString("")),
                            "base",
                            Map.of("ref", body.path("base").asString(""))));
        } else {
            error(exchange, 404, "Not Found", Map.of());
        }
    }

    private static void missingScope(HttpExchange exchange, String scope) throws IOException {
        exchange.getResponseHeaders().add("X-Accepted-OAuth-Scopes", scope);
        error(exchange, 403, "Resource not accessible by personal access token", Map.of());
    }

    private static void error(HttpExchange exchange, int status, String message, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.putAll(extra);
        body.put("documentation_url", DOCS);
        body.put("status", String.valueOf(status));
        json(exchange, status, body);
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
