package io.vectort.generation.github;

/**
 * A repository as GitHub describes it.
 *
 * @param defaultBranch {@code main} for a repository without commits, whatever GitHub says
 */
public record GitHubRepository(
        String fullName, String cloneUrl, String htmlUrl, String defaultBranch, boolean isPrivate) {}
