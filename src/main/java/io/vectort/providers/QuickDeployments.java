package io.vectort.providers;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment shortcuts: {@code VECTORT_OPENAI_API_KEY}, {@code VECTORT_ANTHROPIC_API_KEY},
 * {@code VECTORT_GEMINI_API_KEY} and {@code VECTORT_OLLAMA_BASE_URL} each register a deployment per
 * model ({@code openai/gpt-4.1-mini}, ...) and join the aliases {@code simple}, {@code default} and
 * {@code strong}, so a second configured vendor is automatically the fallback of the first.
 */
final class QuickDeployments {

    private static final List<String> TIER_ALIASES = List.of("simple", "default", "strong");

    private QuickDeployments() {}

    static void register(
            LlmProperties.Quick quick,
            LlmProperties.Timeouts timeouts,
            Map<String, Deployment> deployments,
            Map<String, List<String>> aliases) {
        if (!quick.openaiApiKey().isBlank()) {
            add(
                    "openai",
                    "openai",
                    quick.openaiBaseUrl(),
                    Optional.of(quick.openaiApiKey()),
                    quick.openaiModels(),
                    timeouts,
                    deployments,
                    aliases);
        }
        if (!quick.anthropicApiKey().isBlank()) {
            add(
                    "anthropic",
                    "anthropic",
                    quick.anthropicBaseUrl(),
                    Optional.of(quick.anthropicApiKey()),
                    quick.anthropicModels(),
                    timeouts,
                    deployments,
                    aliases);
        }
        if (!quick.geminiApiKey().isBlank()) {
            add(
                    "gemini",
                    "gemini",
                    quick.geminiBaseUrl(),
                    Optional.of(quick.geminiApiKey()),
                    quick.geminiModels(),
                    timeouts,
                    deployments,
                    aliases);
        }
        if (!quick.ollamaBaseUrl().isBlank()) {
            String base = quick.ollamaBaseUrl().replaceAll("/+$", "");
            URI openAiCompatible = URI.create(base.endsWith("/v1") ? base : base + "/v1");
            add(
                    "ollama",
                    "openai",
                    openAiCompatible,
                    Optional.empty(),
                    quick.ollamaModels(),
                    timeouts,
                    deployments,
                    aliases);
        }
    }

    private static void add(
            String vendor,
            String provider,
            URI baseUrl,
            Optional<String> key,
            String modelsByTier,
            LlmProperties.Timeouts timeouts,
            Map<String, Deployment> deployments,
            Map<String, List<String>> aliases) {
        String[] models = modelsByTier.split(",");
        for (int tier = 0; tier < TIER_ALIASES.size(); tier++) {
            String model = models[Math.min(tier, models.length - 1)].strip();
            String name = vendor + "/" + model;
            deployments.computeIfAbsent(
                    name,
                    n -> new Deployment(
                            n,
                            provider,
                            model,
                            baseUrl,
                            key.map(Deployment.Secret::new),
                            Map.of(),
                            timeouts.connect(),
                            timeouts.firstToken(),
                            timeouts.total()));
            List<String> alias = aliases.computeIfAbsent(TIER_ALIASES.get(tier), a -> new ArrayList<>());
            if (!alias.contains(name)) {
                alias.add(name);
            }
        }
    }
}
