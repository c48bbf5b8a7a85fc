package io.vectort.generation.connections.oauth;

import io.vectort.generation.github.GitHubProperties;
import io.vectort.identity.oauth.OAuthProperties;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exchanges an authorization code at {@code <github>/login/oauth/access_token}: a form with the
 * OAuth app's credentials, answered in JSON when asked with {@code Accept: application/json}. GitHub
 * answers a bad, used or expired code with {@code 200 {"error":"bad_verification_code"}}, so the
 * body decides, not the status. Neither the code nor the token is ever logged.
 */
@Component
class CodeExchange {

    private final OAuthProperties.GitHub app;
    private final GitHubProperties api;
    private final JsonMapper json;
    private final HttpClient http;

    CodeExchange(OAuthProperties oauth, GitHubProperties api, JsonMapper json) {
        this.app = oauth.github();
        this.api = api;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(api.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The access token for {@code code}; {@link Failed} with a reason code otherwise. */
    String exchange(String code, String redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", app.clientId());
        form.put("client_secret", app.clientSecret());
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "/login/oauth/access_token"))
                .timeout(api.timeout())
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "Vectort")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failed(
                    "unavailable",
                    "GitHub could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("unavailable", "interrupted");
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw new Failed("unavailable", "GitHub answered HTTP " + response.statusCode());
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new Failed("exchange-failed", "GitHub's answer was not JSON (HTTP " + response.statusCode() + ")");
        }
        String token = body.path("access_token").asString("");
        if (response.statusCode() != 200 || token.isBlank()) {
            // Only GitHub's error code (bad_verification_code, incorrect_client_credentials,
            // redirect_uri_mismatch) goes into the message that is logged; never the body.
            throw new Failed(
                    "exchange-failed",
                    "GitHub refused the code: " + body.path("error").asString("HTTP " + response.statusCode()));
        }
        return token;
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The exchange did not give a token; {@code reason} is what the web app is told. */
    static final class Failed extends RuntimeException {

        private final String reason;

        Failed(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
