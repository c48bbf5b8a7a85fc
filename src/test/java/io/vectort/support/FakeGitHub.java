package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake of GitHub's REST API for the integration suite, speaking its JSON and its errors: {@code
 * 401 {"message":"Bad credentials"}}, {@code 403} with {@code X-OAuth-Scopes} and {@code
 * X-Accepted-OAuth-Scopes} for a token without the scope, {@code 404 Not Found}, {@code 422
 * "Repository creation failed."} with {@code "name already exists on this account"}. Its
 * repositories are real: their clone URLs point to {@link TestGitServer}.
 *
 * <p>It is also GitHub's OAuth app ({@code /login/oauth/authorize} approves at once, or denies the
 * states a test chose, with GitHub's {@code error=access_denied} redirect; once a test registers the
 * app's callback URL, a {@code redirect_uri} GitHub would not accept is sent back there with {@code
 * error=redirect_uri_mismatch}; {@code POST
 * /login/oauth/access_token} takes the form with the client's credentials, checks the one-time code,
 * its {@code redirect_uri} and the PKCE verifier, and answers JSON or a form by {@code Accept},
 * errors as {@code 200 {"error":"bad_verification_code"}}). The tokens it issues work on the REST
 * API like {@link #TOKEN}, as {@link #OAUTH_LOGIN}.
 */
public final class FakeGitHub {

    /** A classic token with {@code repo}: may read, create, push and open pull requests. */
    public static final String TOKEN = "ghp_fakeValidToken0000000000000000000001";
    /** A classic token with {@code read:user} only: {@code GET /user} works, nothing else. */
    public static final String READ_ONLY_TOKEN = "ghp_fakeReadOnlyToken00000000000000000002";

    public static final String LOGIN = "octo-tester";

    /** The OAuth app's credentials, as {@code vectort.oauth.github.*} must name them. */
    public static final String OAUTH_CLIENT_ID = "Ov23liFakeConnectApp";

    public static final String OAUTH_CLIENT_SECRET = "fake-oauth-app-secret";
    /** Who approves authorizations: the login {@code GET /user} answers for the tokens issued. */
    public static final String OAUTH_LOGIN = "octo-authorizer";

    private static final Map<String, OAuthGrant> OAUTH_CODES = new ConcurrentHashMap<>();
    private static final Map<String, String> OAUTH_TOKENS = new ConcurrentHashMap<>();
    private static final Set<String> DENIED_STATES = ConcurrentHashMap.newKeySet();
    private static volatile @Nullable URI oauthCallbackUrl;
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

    private record OAuthGrant(String redirectUri, String challenge, String scope) {}

    /** Sets {@code vectort.oauth.github.*} to this fake's OAuth app, for tests that connect with OAuth. */
    public static void registerOAuthApp(BiConsumer<String, String> property) {
        property.accept("vectort.oauth.github.client-id", OAUTH_CLIENT_ID);
        property.accept("vectort.oauth.github.client-secret", OAUTH_CLIENT_SECRET);
        property.accept("vectort.oauth.github.url", baseUrl());
        property.accept("vectort.oauth.github.api-url", baseUrl());
    }

    /**
     * The OAuth app's registered <em>Authorization callback URL</em>: from now on the authorize page
     * accepts only a {@code redirect_uri} at or below it, as GitHub does.
     */
    public static void registerOAuthCallbackUrl(String url) {
        oauthCallbackUrl = URI.create(url);
    }

    /** The person at GitHub's authorize page cancels the authorization that carries this state. */
    public static void denyAuthorization(String state) {
        DENIED_STATES.add(state);
    }

    /** Whether this fake issued {@code token} through its OAuth app. */
    public static boolean issuedByOAuth(String token) {
        return OAUTH_TOKENS.containsKey(token);
    }

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
            server.createContext("/login/oauth/authorize", FakeGitHub::authorize);
            server.createContext("/login/oauth/access_token", FakeGitHub::accessToken);
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
            String presented = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
            String scopes = OAUTH_TOKENS.get(presented);
            if (scopes == null && !presented.equals(TOKEN) && !presented.equals(READ_ONLY_TOKEN)) {
                error(exchange, 401, "Bad credentials", Map.of());
                return;
            }
            exchange.getResponseHeaders()
                    .add(
                            "X-OAuth-Scopes",
                            scopes != null ? scopes : presented.equals(TOKEN) ? "repo, read:org" : "read:user");
            // An OAuth token acts like the classic one with the same scopes, as another person.
            String token = scopes != null && scopes.contains("repo") ? TOKEN : presented;
            route(exchange, method, path, token, scopes != null ? OAUTH_LOGIN : null, body);
        }
    }

    private static void route(
            HttpExchange exchange, String method, String path, String token, @Nullable String as, JsonNode body)
            throws IOException {
        String[] parts = path.substring(1).split("/");
        if (method.equals("GET") && path.equals("/user")) {
            String login = as != null ? as : token.equals(TOKEN) ? LOGIN : "octo-reader";
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

    /** The authorize page: approved at once (or cancelled, for a denied state), as a 302 to redirect_uri. */
    private static void authorize(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            String redirect = query.getOrDefault("redirect_uri", "");
            String state = query.getOrDefault("state", "");
            if (!OAUTH_CLIENT_ID.equals(query.get("client_id"))
                    || redirect.isEmpty()
                    || !"S256".equals(query.get("code_challenge_method"))) {
                byte[] page = ("bad authorize request: " + query).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(400, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            String back;
            URI registered = oauthCallbackUrl;
            if (registered != null && !acceptedRedirect(registered, URI.create(redirect))) {
                // GitHub's answer to a redirect_uri the app did not register: back to the registered URL.
                back = registered + "?error=redirect_uri_mismatch&error_description="
                        + encode("The redirect_uri MUST match the registered callback URL for this application.")
                        + "&error_uri="
                        + encode(
                                "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#redirect-uri-mismatch")
                        + "&state=" + encode(state);
            } else if (DENIED_STATES.remove(state)) {
                back = redirect + "?error=access_denied&error_description="
                        + encode("The user has denied your application access.")
                        + "&error_uri=" + encode("https://docs.github.com/apps/troubleshooting")
                        + "&state=" + encode(state);
            } else {
                String code = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
                OAUTH_CODES.put(
                        code,
                        new OAuthGrant(
                                redirect,
                                query.getOrDefault("code_challenge", ""),
                                query.getOrDefault("scope", "").replace(' ', ',')));
                back = redirect + "?code=" + code + "&state=" + encode(state);
            }
            exchange.getResponseHeaders().add("Location", back);
            exchange.sendResponseHeaders(302, -1);
        }
    }

    /**
     * GitHub's rule for an OAuth app: the same scheme, host and port as the registered callback URL,
     * and a path at or below its path.
     */
    private static boolean acceptedRedirect(URI registered, URI redirect) {
        String base = registered.getPath().replaceAll("/+$", "");
        String path = redirect.getPath();
        return registered.getScheme().equals(redirect.getScheme())
                && registered.getHost().equals(redirect.getHost())
                && registered.getPort() == redirect.getPort()
                && !path.contains("..")
                && (path.equals(base) || path.startsWith(base + "/"));
    }

    /** {@code POST /login/oauth/access_token}: GitHub answers 200 even for errors, in the body. */
    private static void accessToken(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean asJson = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"))
                    .contains("application/json");
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 404, "Not Found", Map.of());
                return;
            }
            OAuthGrant grant = OAUTH_CODES.remove(form.getOrDefault("code", ""));
            if (!OAUTH_CLIENT_ID.equals(form.get("client_id"))
                    || !OAUTH_CLIENT_SECRET.equals(form.get("client_secret"))) {
                answer.put("error", "incorrect_client_credentials");
                answer.put("error_description", "The client_id and/or client_secret passed are incorrect.");
            } else if (grant == null
                    || !s256(form.getOrDefault("code_verifier", "")).equals(grant.challenge())) {
                answer.put("error", "bad_verification_code");
                answer.put("error_description", "The code passed is incorrect or expired.");
            } else if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
                answer.put("error", "redirect_uri_mismatch");
                answer.put("error_description", "The redirect_uri MUST match the registered callback URL.");
            } else {
                String token = "gho_" + UUID.randomUUID().toString().replace("-", "");
                OAUTH_TOKENS.put(token, grant.scope().replace(",", ", "));
                answer.put("access_token", token);
                answer.put("token_type", "bearer");
                answer.put("scope", grant.scope());
            }
            if (asJson) {
                json(exchange, 200, answer);
            } else {
                byte[] bytes = answer.entrySet().stream()
                        .map(e -> e.getKey() + "=" + encode(String.valueOf(e.getValue())))
                        .collect(Collectors.joining("&"))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private static Map<String, String> form(@Nullable String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
