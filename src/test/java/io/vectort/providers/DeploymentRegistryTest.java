package io.vectort.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DeploymentRegistryTest {

    private static final Set<String> TYPES = Set.of("openai", "anthropic", "gemini");

    @Test
    void environmentKeysRegisterDeploymentsAndCrossVendorFallbackAliases() {
        DeploymentRegistry registry = DeploymentRegistry.from(
                properties(Map.of(
                        "vectort.llm.quick.openai-api-key", "sk-one",
                        "vectort.llm.quick.anthropic-api-key", "sk-ant-two")),
                TYPES);

        assertThat(registry.deployment("openai/gpt-4.1-mini")).isPresent();
        assertThat(registry.resolve("default").orElseThrow())
                .extracting(Deployment::name)
                .containsExactly("openai/gpt-4.1-mini", "anthropic/claude-sonnet-4-5");
        assertThat(registry.resolve("strong").orElseThrow())
                .extracting(Deployment::name)
                .containsExactly("openai/gpt-4.1", "anthropic/claude-sonnet-4-5");
        assertThat(registry.resolve("claude-haiku-4-5").orElseThrow())
                .singleElement()
                .extracting(Deployment::name)
                .isEqualTo("anthropic/claude-haiku-4-5");
    }

    @Test
    void ollamaIsReachedThroughItsOpenAiCompatibleEndpointWithoutAKey() {
        DeploymentRegistry registry = DeploymentRegistry.from(
                properties(Map.of("vectort.llm.quick.ollama-base-url", "http://localhost:11434/")), TYPES);
        Deployment ollama = registry.deployment("ollama/llama3.2").orElseThrow();
        assertThat(ollama.provider()).isEqualTo("openai");
        assertThat(ollama.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(ollama.apiKey()).isEmpty();
    }

    @Test
    void noConfigurationMeansNoDeployments() {
        DeploymentRegistry registry = DeploymentRegistry.from(properties(Map.of()), TYPES);
        assertThat(registry.isEmpty()).isTrue();
        assertThat(registry.resolve("default")).isEmpty();
    }

    @Test
    void invalidConfigurationNamesEveryProblem() {
        assertThatThrownBy(() -> DeploymentRegistry.from(
                        properties(Map.of(
                                "vectort.llm.deployments[0].name", "a",
                                "vectort.llm.deployments[0].provider", "cohere",
                                "vectort.llm.deployments[0].model", "m",
                                "vectort.llm.deployments[0].base-url", "ftp://x",
                                "vectort.llm.aliases.fast[0]", "missing")),
                        TYPES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vectort.llm.deployments[0].provider: must be one of")
                .hasMessageContaining("vectort.llm.deployments[0].base-url")
                .hasMessageContaining("vectort.llm.aliases.fast: unknown deployment \"missing\"");
    }

    @Test
    void secretsNeverShowInTextualForms() {
        DeploymentRegistry registry =
                DeploymentRegistry.from(properties(Map.of("vectort.llm.quick.openai-api-key", "sk-secret-123")), TYPES);
        Deployment deployment = registry.deployment("openai/gpt-4.1").orElseThrow();
        assertThat(deployment.toString()).doesNotContain("sk-secret-123");
        assertThat(deployment.apiKey().orElseThrow().value()).isEqualTo("sk-secret-123");
    }

    @Test
    void explicitDeploymentsAndAliasesResolveInOrder() {
        DeploymentRegistry registry = DeploymentRegistry.from(
                properties(Map.ofEntries(
                        Map.entry("vectort.llm.deployments[0].name", "primary"),
                        Map.entry("vectort.llm.deployments[0].provider", "openai"),
                        Map.entry("vectort.llm.deployments[0].model", "gpt-4o-mini"),
                        Map.entry("vectort.llm.deployments[0].base-url", "https://example.test/v1"),
                        Map.entry("vectort.llm.deployments[0].first-token-timeout", "7s"),
                        Map.entry("vectort.llm.deployments[1].name", "backup"),
                        Map.entry("vectort.llm.deployments[1].provider", "gemini"),
                        Map.entry("vectort.llm.deployments[1].model", "gemini-2.5-flash"),
                        Map.entry("vectort.llm.deployments[1].base-url", "https://example.test"),
                        Map.entry("vectort.llm.aliases.main[0]", "primary"),
                        Map.entry("vectort.llm.aliases.main[1]", "backup"))),
                TYPES);
        assertThat(registry.resolve("main").orElseThrow())
                .extracting(Deployment::name)
                .containsExactly("primary", "backup");
        assertThat(registry.deployment("primary").orElseThrow().firstTokenTimeout())
                .hasSeconds(7);
        assertThat(registry.resolve("gpt-4o-mini"))
                .hasValueSatisfying(list -> assertThat(list).hasSize(1));
        assertThat(List.copyOf(registry.aliases().keySet())).contains("main");
    }

    static LlmProperties properties(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("vectort.llm", LlmProperties.class);
    }
}
