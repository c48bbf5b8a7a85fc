package io.vectort.generation.github;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls to GitHub's REST API the Builder makes, each with the token it is given (never stored
 * here, never logged). Redirects are not followed: a token goes only to the configured API.
 */
@Component
public class GitHubApi {

    private final GitHubProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    GitHubApi(GitHubProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Who the token is ({@code GET /user}) and the scopes of a classic token. */
    public GitHubUser user(String token) {
        HttpResponse<String> response = send("GET", "/user", token, null);
        String scopes = response.headers().firstValue("X-OAuth-Scopes").orElse("");
        return new GitHubUser(
                body(response).path("login").asString(""),
                Arrays.stream(scopes.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    /** The repositories the token can push to, most recently updated first (one page of 100). */
    public List<GitHubRepository> repositories(String token) {
        JsonNode list = body(send("GET", "/user/repos?per_page=100&sort=updated", token, null));
        List<GitHubRepository> repositories = new ArrayList<>();
        for (JsonNode repository : list) {
            if (repository.path("permissions").path("push").asBoolean(true)) {
                repositories.add(repository(repository));
            }
        }
        return repositories;
    }

    /** {@code GET /repos/{owner}/{name}}. */
    public GitHubRepository repository(String token, String owner, String name) {
        return repository(body(send("GET", "/repos/" + segment(owner) + "/" + segment(name), token, null)));
    }

    /**
     * Creates a repository without any commit: under the token's own account when {@code
     * organization} is empty ({@code POST /user/repos}), else in that organisation ({@code POST
     * /orgs/{org}/repos}).
     */
    public GitHubRepository create(String token, Optional<String> organization, String name, boolean isPrivate) {
        String path =
                organization.map(org -> "/orgs/" + segment(org) + "/repos").orElse("/user/repos");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name);
        request.put("private", isPrivate);
        request.put("auto_init", false);
        return repository(body(send("POST", path, token, request)));
    }

    /** Opens a pull request of {@code head} into {@code base}; answers its page's URL. */
    public String openPullRequest(
            String token, String fullName, String head, String base, String title, String description) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("head", head);
        request.put("base", base);
        request.put("body", description);
        int slash = fullName.indexOf('/');
        String path = "/repos/" + segment(fullName.substring(0, slash)) + "/" + segment(fullName.substring(slash + 1))
                + "/pulls";
        return body(send("POST", path, token, request)).path("html_url").asString("");
    }

    private GitHubRepository repository(JsonNode repository) {
        String defaultBranch = repository.path("default_branch").asString("");
        return new GitHubRepository(
                repository.path("full_name").asString(""),
                repository.path("clone_url").asString(""),
                repository.path("html_url").asString(""),
                defaultBranch.isBlank() ? "main" : defaultBranch,
                repository.path("private").asBoolean(false));
    }

    private HttpResponse<String> send(String method, String path, String token, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.apiUrl() + path))
                .timeout(properties.timeout())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "Vectort")
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitHubException(
                    "network",
                    "GitHub could not be reached (" + e.getClass().getSimpleName() + "); try again in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException("network", "The call to GitHub was interrupted; try again");
        }
        if (response.statusCode() / 100 != 2) {
            throw GitHubErrors.classify(response, message(response));
        }
        return response;
    }

    private String message(HttpResponse<String> response) {
        try {
            JsonNode error = json.readTree(response.body());
            StringBuilder message = new StringBuilder(error.path("message").asString(""));
            for (JsonNode detail : error.path("errors")) {
                String text = detail.isString()
                        ? detail.asString()
                        : detail.path("message").asString("");
                if (!text.isBlank()) {
                    message.append(message.isEmpty() ? "" : ": ").append(text);
                }
            }
            return message.toString();
        } catch (JacksonException e) {
            return "";
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new GitHubException("network", "GitHub answered something that is not JSON; try again later");
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
