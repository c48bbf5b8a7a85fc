package io.vectort.generation.github;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/**
 * GitHub refused or could not answer. {@code code} is one of {@code bad-token}, {@code
 * missing-scope}, {@code repository-not-found}, {@code repository-exists}, {@code github-rejected}
 * or {@code network}; only {@code network} is worth trying again.
 */
public class GitHubException extends DomainException {

    GitHubException(String code, String message) {
        super(category(code), code, message);
    }

    public boolean retryable() {
        return code().equals("network");
    }

    private static ErrorCategory category(String code) {
        return switch (code) {
            case "repository-not-found" -> ErrorCategory.NOT_FOUND;
            case "repository-exists" -> ErrorCategory.CONFLICT;
            case "network" -> ErrorCategory.UPSTREAM_FAILED;
            default -> ErrorCategory.INVALID;
        };
    }
}
