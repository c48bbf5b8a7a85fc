package io.vectort.generation.github;

import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Turns GitHub's error answers into failures a person can act on. GitHub says {@code 401 Bad
 * credentials} for a wrong, expired or revoked token; {@code 403} for a token without the needed
 * scope (naming it in {@code X-Accepted-OAuth-Scopes}) or for the rate limit; {@code 404} also for
 * a private repository the token may not see; {@code 422} for a name already taken.
 */
final class GitHubErrors {

    private GitHubErrors() {}

    static GitHubException classify(HttpResponse<?> response, String message) {
        int status = response.statusCode();
        String said = message.isBlank() ? "" : " (GitHub said: " + message + ")";
        if (status == 401) {
            return new GitHubException(
                    "bad-token",
                    "GitHub refused the token: it is wrong, expired or revoked" + said
                            + ". Create a new token and connect it again.");
        }
        if (status == 403 || status == 429) {
            if (response.headers()
                            .firstValue("X-RateLimit-Remaining")
                            .orElse("")
                            .equals("0")
                    || status == 429) {
                return new GitHubException(
                        "network", "GitHub's rate limit for this token is used up; try again in a few minutes");
            }
            String accepted =
                    response.headers().firstValue("X-Accepted-OAuth-Scopes").orElse("");
            String granted = response.headers().firstValue("X-OAuth-Scopes").orElse("");
            String needs = accepted.isBlank()
                    ? "the repo scope (classic token) or Contents and Administration: read and write (fine-grained)"
                    : "the scope " + accepted.strip();
            return new GitHubException(
                    "missing-scope",
                    "The token may not do this: it needs " + needs
                            + (granted.isBlank() ? "" : "; it has: " + granted.strip()) + said
                            + ". Give the token that permission, or connect another one.");
        }
        if (status == 404) {
            return new GitHubException(
                    "repository-not-found",
                    "GitHub has no such repository, or the token may not see it" + said
                            + ". Check the owner/name, or let Vectort create the repository.");
        }
        if (status == 422 && message.toLowerCase(Locale.ROOT).contains("already exists")) {
            return new GitHubException(
                    "repository-exists",
                    "A repository with this name already exists on this account" + said
                            + ". Choose another name, or push to the existing repository.");
        }
        if (status >= 500) {
            return new GitHubException("network", "GitHub is having trouble (HTTP " + status + "); try again later");
        }
        return new GitHubException("github-rejected", "GitHub refused the request (HTTP " + status + ")" + said);
    }
}
