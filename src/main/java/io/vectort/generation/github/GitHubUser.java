package io.vectort.generation.github;

import java.util.List;

/**
 * Who a token acts as.
 *
 * @param scopes what GitHub granted a classic token ({@code X-OAuth-Scopes}); empty for a
 *     fine-grained token, whose permissions GitHub does not list
 */
public record GitHubUser(String login, List<String> scopes) {}
