package io.vectort.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingAndCostTest {

    @Test
    void classifiesPromptsIntoTiersWithAReason() {
        assertThat(tier("Translate 'good morning' into Spanish")).isEqualTo(ComplexityClassifier.Tier.SIMPLE);
        assertThat(tier("Hi")).isEqualTo(ComplexityClassifier.Tier.SIMPLE);
        assertThat(tier("Build a multi-tenant SaaS with OAuth login and Stripe payments"))
                .isEqualTo(ComplexityClassifier.Tier.COMPLEX);
        assertThat(tier("Write a friendly newsletter about our bakery's new seasonal menu, with three short sections"
                        + " and a call to visit us on Saturday morning when the bread comes out of the oven."))
                .isEqualTo(ComplexityClassifier.Tier.MEDIUM);
        assertThat(tier("word ".repeat(5000))).isEqualTo(ComplexityClassifier.Tier.COMPLEX);
        assertThat(ComplexityClassifier.classify(List.of(ChatMessage.user("Refactor this module")))
                        .reason())
                .contains("refactor");
    }

    @Test
    void autoRoutesToTheTierAliasAndRecordsWhy() {
        DeploymentRegistry registry = DeploymentRegistry.from(
                DeploymentRegistryTest.properties(Map.of("vectort.llm.quick.gemini-api-key", "g")), Set.of("gemini"));
        RouteResolver resolver = new RouteResolver(registry, new LlmProperties.Tiers("simple", "default", "strong"));

        RouteDecision light = resolver.decide("auto", List.of(ChatMessage.user("Summarize: the cat sat.")));
        assertThat(light.resolved()).isEqualTo("simple");
        assertThat(light.candidates()).containsExactly("gemini/gemini-2.5-flash-lite");
        assertThat(light.reason()).startsWith("auto: simple");

        RouteDecision heavy = resolver.decide("", List.of(ChatMessage.user("Design the authentication flow")));
        assertThat(heavy.candidates()).containsExactly("gemini/gemini-2.5-pro");

        assertThat(resolver.decide("default", List.of()).reason()).isEqualTo("alias default");
        assertThatThrownBy(() -> resolver.decide("gpt-9", List.of())).isInstanceOf(UnknownModelException.class);
    }

    @Test
    void pricesCallsFromTheCatalogIncludingDatedModelNamesAndOverrides() {
        ModelCatalog catalog = ModelCatalog.load(
                Map.of("my-local-model", new LlmProperties.Price(new BigDecimal("1"), new BigDecimal("2"))));
        assertThat(catalog.cost("gpt-4.1-mini", new Usage(1_000_000, 1_000_000, false)))
                .isEqualByComparingTo("2.00");
        assertThat(catalog.cost("gpt-4.1-mini-2025-04-14", new Usage(1000, 0, false)))
                .isEqualByComparingTo("0.0004");
        assertThat(catalog.cost("my-local-model", new Usage(500_000, 250_000, true)))
                .isEqualByComparingTo("1.00");
        assertThat(catalog.cost("unknown-model", new Usage(1000, 1000, false))).isZero();
        assertThat(catalog.find("claude-sonnet-4-5").orElseThrow().contextWindow())
                .isEqualTo(200000);
        assertThat(catalog.version()).isNotBlank();
    }

    @Test
    void countsTokensLocallyWhenAProviderReportsNone() {
        assertThat(TokenCounter.count("")).isZero();
        assertThat(TokenCounter.count("Hello, world!")).isBetween(3L, 5L);
        assertThat(TokenCounter.countPrompt(List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hello"))))
                .isGreaterThan(TokenCounter.count("Be brief.") + TokenCounter.count("Hello"));
    }

    private static ComplexityClassifier.Tier tier(String prompt) {
        return ComplexityClassifier.classify(List.of(ChatMessage.user(prompt))).tier();
    }
}
