package io.vectort.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured deployments and aliases, validated once at start-up: a typo in the configuration
 * stops Vectort with a message saying what to fix, instead of failing the first request.
 */
public final class DeploymentRegistry {

    private final Map<String, Deployment> deployments;
    private final Map<String, List<String>> aliases;

    DeploymentRegistry(Map<String, Deployment> deployments, Map<String, List<String>> aliases) {
        this.deployments = Map.copyOf(deployments);
        this.aliases = Map.copyOf(aliases);
    }

    /** Builds the registry from configuration; throws {@link IllegalStateException} naming every problem. */
    static DeploymentRegistry from(LlmProperties properties, Set<String> providerTypes) {
        Map<String, Deployment> deployments = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        QuickDeployments.register(properties.quick(), properties.timeouts(), deployments, aliases);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < properties.deployments().size(); i++) {
            LlmProperties.DeploymentSettings settings = properties.deployments().get(i);
            String where = "vectort.llm.deployments[" + i + "]";
            DeploymentSettingsCheck.problems(where, settings, providerTypes).forEach(problems::add);
            if (settings.name() != null && deployments.containsKey(settings.name())) {
                problems.add(where + ".name: \"" + settings.name() + "\" is used twice");
            }
            if (problems.isEmpty()) {
                deployments.put(settings.name(), DeploymentSettingsCheck.toDeployment(settings, properties.timeouts()));
            }
        }
        aliases.putAll(properties.aliases());
        aliases.forEach((alias, names) -> {
            if (names.isEmpty()) {
                problems.add("vectort.llm.aliases." + alias + ": lists no deployment");
            }
            names.stream()
                    .filter(name -> !deployments.containsKey(name))
                    .forEach(name -> problems.add("vectort.llm.aliases." + alias + ": unknown deployment \"" + name
                            + "\" (configured: " + deployments.keySet() + ")"));
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid LLM configuration:\n  - " + String.join("\n  - ", problems));
        }
        return new DeploymentRegistry(deployments, aliases);
    }

    public boolean isEmpty() {
        return deployments.isEmpty();
    }

    /**
     * The deployments that can answer {@code model}, in fallback order: an alias's list, a deployment
     * by name, or every deployment of that model.
     */
    public Optional<List<Deployment>> resolve(String model) {
        List<String> alias = aliases.get(model);
        if (alias != null) {
            return Optional.of(alias.stream().map(deployments::get).toList());
        }
        Deployment byName = deployments.get(model);
        if (byName != null) {
            return Optional.of(List.of(byName));
        }
        List<Deployment> byModel = deployments.values().stream()
                .filter(d -> d.model().equals(model))
                .toList();
        return byModel.isEmpty() ? Optional.empty() : Optional.of(byModel);
    }

    public Collection<Deployment> deployments() {
        return deployments.values();
    }

    public Map<String, List<String>> aliases() {
        return aliases;
    }

    public Optional<Deployment> deployment(String name) {
        return Optional.ofNullable(deployments.get(name));
    }
}
