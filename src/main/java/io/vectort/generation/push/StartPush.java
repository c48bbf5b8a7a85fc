package io.vectort.generation.push;

import java.util.Optional;

/**
 * A request to push a version: to {@code remoteUrl}, or to the GitHub repository {@code
 * githubRepository} (created first with {@code createRepository}).
 *
 * @param token used for this push only; else the organisation's connection (GitHub, or Git for a URL)
 * @param pullRequest push to a new branch and open a pull request into the default branch (GitHub)
 */
public record StartPush(
        Optional<String> remoteUrl,
        Optional<String> githubRepository,
        Optional<String> branch,
        Optional<String> token,
        Optional<NewRepository> createRepository,
        boolean pullRequest) {

    /** A GitHub repository to create; under {@code owner} (an organisation) or the token's account. */
    public record NewRepository(String name, boolean isPrivate, Optional<String> owner) {}
}
