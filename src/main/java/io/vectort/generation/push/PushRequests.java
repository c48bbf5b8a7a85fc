package io.vectort.generation.push;

import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/** Checks a push request's shape before anything is stored; every problem named by its field. */
final class PushRequests {

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final int MAX_TOKEN = 1024;
    private static final int MAX_URL = 2048;

    private PushRequests() {}

    static void validate(StartPush request) {
        List<FieldViolation> problems = new ArrayList<>();
        boolean github = request.githubRepository().isPresent()
                || request.createRepository().isPresent();
        if (request.remoteUrl().isPresent() == github) {
            problems.add(new FieldViolation(
                    "remoteUrl", "one-target", "give either remoteUrl or githubRepository (or createRepository)"));
        }
        request.remoteUrl().ifPresent(url -> {
            if (url.isBlank() || url.length() > MAX_URL) {
                problems.add(new FieldViolation("remoteUrl", "invalid", "must be an https URL of a repository"));
            }
        });
        request.githubRepository().ifPresent(repository -> {
            if (!isRepository(repository)) {
                problems.add(new FieldViolation("githubRepository", "invalid", "must be owner/name"));
            }
        });
        request.createRepository().ifPresent(create -> {
            if (!NAME.matcher(create.name()).matches()
                    || create.name().equals(".")
                    || create.name().equals("..")) {
                problems.add(new FieldViolation(
                        "createRepository.name", "invalid", "letters, digits, '.', '-' and '_' (at most 100)"));
            }
            create.owner().ifPresent(owner -> {
                if (!OWNER.matcher(owner).matches()) {
                    problems.add(new FieldViolation("createRepository.owner", "invalid", "is not a GitHub account"));
                }
            });
            request.githubRepository().ifPresent(repository -> {
                String expected = create.owner().map(owner -> owner + "/").orElse("") + create.name();
                if (!repository.equalsIgnoreCase(expected) && !repository.endsWith("/" + create.name())) {
                    problems.add(new FieldViolation(
                            "githubRepository", "mismatch", "must name the repository createRepository creates"));
                }
            });
        });
        request.branch().ifPresent(branch -> {
            if (branch.length() > 200 || !Repository.isValidRefName(Constants.R_HEADS + branch)) {
                problems.add(new FieldViolation("branch", "invalid", "is not a valid Git branch name"));
            }
        });
        if (request.pullRequest() && !github) {
            problems.add(new FieldViolation("pullRequest", "github-only", "pull requests are opened on GitHub only"));
        }
        request.token().ifPresent(token -> {
            if (token.isBlank() || token.length() > MAX_TOKEN || token.chars().anyMatch(c -> c <= ' ')) {
                problems.add(new FieldViolation("token", "invalid", "must be the token itself, without spaces"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static boolean isRepository(String value) {
        int slash = value.indexOf('/');
        return slash > 0
                && OWNER.matcher(value.substring(0, slash)).matches()
                && NAME.matcher(value.substring(slash + 1)).matches();
    }
}
