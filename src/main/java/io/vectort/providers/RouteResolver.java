package io.vectort.providers;

import java.util.ArrayList;
import java.util.List;

/** Turns a requested model into an ordered list of deployments, and records why. */
final class RouteResolver {

    static final String AUTO = "auto";

    private final DeploymentRegistry registry;
    private final LlmProperties.Tiers tiers;

    RouteResolver(DeploymentRegistry registry, LlmProperties.Tiers tiers) {
        this.registry = registry;
        this.tiers = tiers;
    }

    boolean knows(String model) {
        return model.equals(AUTO) || registry.resolve(model).isPresent();
    }

    RouteDecision decide(String requested, List<ChatMessage> messages) {
        if (requested.isBlank() || requested.equals(AUTO)) {
            ComplexityClassifier.Verdict verdict = ComplexityClassifier.classify(messages);
            String alias = switch (verdict.tier()) {
                case SIMPLE -> tiers.simple();
                case MEDIUM -> tiers.medium();
                case COMPLEX -> tiers.complex();
            };
            String resolved = registry.resolve(alias).isPresent() ? alias : tiers.medium();
            List<Deployment> candidates =
                    registry.resolve(resolved).orElseGet(() -> List.copyOf(registry.deployments()));
            return new RouteDecision(
                    AUTO,
                    resolved,
                    names(candidates),
                    "auto: " + verdict.tier().name().toLowerCase(java.util.Locale.ROOT) + " - " + verdict.reason());
        }
        List<Deployment> candidates =
                registry.resolve(requested).orElseThrow(() -> new UnknownModelException(requested));
        String kind = registry.aliases().containsKey(requested)
                ? "alias"
                : registry.deployment(requested).isPresent() ? "deployment" : "model";
        return new RouteDecision(requested, requested, names(candidates), kind + " " + requested);
    }

    List<Deployment> candidates(RouteDecision decision) {
        List<Deployment> deployments = new ArrayList<>();
        for (String name : decision.candidates()) {
            registry.deployment(name).ifPresent(deployments::add);
        }
        return deployments;
    }

    private static List<String> names(List<Deployment> deployments) {
        return deployments.stream().map(Deployment::name).toList();
    }
}
