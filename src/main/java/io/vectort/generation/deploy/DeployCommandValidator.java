package io.vectort.generation.deploy;

import io.vectort.generation.project.Project;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a {@link DeployCommand} field by field, reporting every bad field at once. */
@Component
class DeployCommandValidator {

    /** What every host accepts as a site name: lower-case letters, digits and inner dashes. */
    private static final Pattern SITE_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._/-]{1,200}");
    private static final int MAX_TOKEN = 1000;

    record Valid(
            Platform platform, Optional<String> token, String siteName, Optional<String> repository, String branch) {}

    Valid validate(Project project, DeployCommand command) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Platform> platform = command.platform().flatMap(Platform::parse);
        if (command.platform().isEmpty()) {
            violations.add(new FieldViolation("platform", "required", "is required: vercel, netlify or render"));
        } else if (platform.isEmpty()) {
            violations.add(new FieldViolation("platform", "unknown-platform", "must be vercel, netlify or render"));
        }
        Optional<String> token = command.token().map(String::strip);
        if (token.isPresent()
                && (token.get().isEmpty()
                        || token.get().length() > MAX_TOKEN
                        || !token.get().matches("\\p{Graph}+"))) {
            violations.add(new FieldViolation("token", "invalid-token", "must be the host's token, without spaces"));
        }
        String siteName = command.siteName().map(String::strip).orElseGet(() -> defaultSiteName(project));
        if (!SITE_NAME.matcher(siteName).matches()) {
            violations.add(new FieldViolation(
                    "siteName", "invalid-site-name", "must be 1 to 63 lower-case letters, digits or inner dashes"));
        }
        Optional<String> repository = command.repository().map(String::strip).filter(r -> !r.isEmpty());
        if (repository.isPresent() && !isHttpsUrl(repository.get())) {
            violations.add(new FieldViolation(
                    "repository",
                    "invalid-repository",
                    "must be the repository's https URL, e.g. https://github.com/you/app"));
        }
        String branch = command.branch().map(String::strip).orElse("main");
        if (!BRANCH.matcher(branch).matches() || branch.contains("..")) {
            violations.add(new FieldViolation("branch", "invalid-branch", "must be a Git branch name"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (platform.get() == Platform.RENDER && repository.isEmpty()) {
            throw new DomainException(
                    ErrorCategory.UNPROCESSABLE,
                    "render-needs-repository",
                    "Render builds sites from a Git repository: push the project to GitHub (or another Git host) first,"
                            + " then deploy with its repository URL.");
        }
        return new Valid(platform.get(), token, siteName, repository, branch);
    }

    static String tokenVariable(Platform platform) {
        return switch (platform) {
            case VERCEL -> "VECTORT_VERCEL_TOKEN";
            case NETLIFY -> "VECTORT_NETLIFY_TOKEN";
            case RENDER -> "VECTORT_RENDER_API_KEY";
        };
    }

    /** The project's name as a site name, with a piece of its id: site names are global on hosts. */
    static String defaultSiteName(Project project) {
        String ascii = Normalizer.normalize(project.name(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 40) {
            ascii = ascii.substring(0, 40).replaceAll("-+$", "");
        }
        String suffix = project.id().toString().substring(0, 8);
        return ascii.isEmpty() ? "vectort-" + suffix : ascii + "-" + suffix;
    }

    private static boolean isHttpsUrl(String value) {
        if (value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
