package io.vectort.providers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Validation and defaults of one configured deployment. */
final class DeploymentSettingsCheck {

    private DeploymentSettingsCheck() {}

    static List<String> problems(String where, LlmProperties.DeploymentSettings settings, Set<String> providerTypes) {
        List<String> problems = new ArrayList<>();
        if (blank(settings.name())) {
            problems.add(where + ".name: required");
        }
        if (blank(settings.provider()) || !providerTypes.contains(settings.provider())) {
            problems.add(
                    where + ".provider: must be one of " + providerTypes + " (got \"" + settings.provider() + "\")");
        }
        if (blank(settings.model())) {
            problems.add(where + ".model: required (the model's name at the provider)");
        }
        if (settings.baseUrl() == null
                || settings.baseUrl().getScheme() == null
                || !settings.baseUrl().getScheme().startsWith("http")) {
            problems.add(where + ".base-url: required, an http(s) URL (got " + settings.baseUrl() + ")");
        }
        return problems;
    }

    static Deployment toDeployment(LlmProperties.DeploymentSettings settings, LlmProperties.Timeouts defaults) {
        return new Deployment(
                Objects.requireNonNull(settings.name()),
                Objects.requireNonNull(settings.provider()),
                Objects.requireNonNull(settings.model()),
                Objects.requireNonNull(settings.baseUrl()),
                Optional.ofNullable(settings.apiKey())
                        .filter(key -> !key.isBlank())
                        .map(Deployment.Secret::new),
                settings.headers(),
                Objects.requireNonNullElse(settings.connectTimeout(), defaults.connect()),
                Objects.requireNonNullElse(settings.firstTokenTimeout(), defaults.firstToken()),
                Objects.requireNonNullElse(settings.totalTimeout(), defaults.total()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
