package io.vectort.identity.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub's OAuth app endpoints as they answer on the wire: the authorize page (here it approves at
 * once, for whoever {@link #signInAs} chose), {@code POST /login/oauth/access_token} (form in, JSON
 * out with {@code Accept: application/json}, one-time codes, PKCE S256 checked), {@code GET /user}
 * and {@code GET /user/emails} with their {@code primary}/{@code verified} flags.
 */
final class FakeGitHub {

    static final String CLIENT_ID = "Iv1.fakegithubclient";
    static final String CLIENT_SECRET = "fake-github-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Email(String email, boolean primary, boolean verified) {}

    record Person(long id, String login, String name, List<Email> emails) {}

    private record Grant(Person person, String redirectUri, String challenge) {}

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> tokens = new ConcurrentHashMap<>();
    private volatile Person next = new Person(1, "octocat", "The Octocat", List.of());

    FakeGitHub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/login/oauth/authorize", this::authorize);
        server.createContext("/login/oauth/access_token", this::token);
        server.createContext("/api/user", this::user);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String apiUrl() {
        return url() + "/api";
    }

    void signInAs(Person person) {
        this.next = person;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query =
                Browser.fields("?" + exchange.getRequestURI().getRawQuery(), '?');
        if (!CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))) {
            respond(exchange, 400, "text/plain", "bad authorize request: " + query);
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, query.get("redirect_uri"), query.get("code_challenge")));
        exchange.getResponseHeaders()
                .add(
                        "Location",
                        query.get("redirect_uri") + "?code=" + code + "&state="
                                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                Browser.fields("?" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), '?');
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            respond(exchange, 200, "application/json", "{\"error\":\"incorrect_client_credentials\"}");
            return;
        }
        // GitHub answers 200 with an error field for a used or unknown code.
        if (grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !s256(String.valueOf(form.get("code_verifier"))).equals(grant.challenge())) {
            respond(exchange, 200, "application/json", "{\"error\":\"bad_verification_code\"}");
            return;
        }
        String token = "gho_" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, grant.person());
        respond(
                exchange,
                200,
                "application/json",
                JSON.writeValueAsString(
                        Map.of("access_token", token, "token_type", "bearer", "scope", "read:user,user:email")));
    }

    private void user(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Person person = tokens.get(authorization.replaceFirst("^(Bearer|token) ", ""));
        if (person == null) {
            respond(exchange, 401, "application/json", "{\"message\":\"Bad credentials\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/user")) {
            respond(
                    exchange,
                    200,
                    "application/json",
                    JSON.writeValueAsString(
                            Map.of("id", person.id(), "login", person.login(), "name", person.name(), "type", "User")));
        } else if (path.equals("/api/user/emails")) {
            respond(
                    exchange,
                    200,
                    "application/json",
                    JSON.writeValueAsString(person.emails().stream()
                            .map(email -> Map.of(
                                    "email", email.email(),
                                    "primary", email.primary(),
                                    "verified", email.verified(),
                                    "visibility", "private"))
                            .toList()));
        } else {
            respond(exchange, 404, "application/json", "{\"message\":\"Not Found\"}");
        }
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    void stop() {
        server.stop(0);
    }
}
