package io.vectort.providers;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.vectort.providers.anthropic.AnthropicProvider;
import io.vectort.providers.gemini.GeminiProvider;
import io.vectort.providers.local.BundledEmbeddingQueue;
import io.vectort.providers.openai.OpenAiCompatibleProvider;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class ProvidersConfiguration {

    @Bean
    OpenAiCompatibleProvider openAiCompatibleProvider() {
        return new OpenAiCompatibleProvider();
    }

    @Bean
    AnthropicProvider anthropicProvider() {
        return new AnthropicProvider();
    }

    @Bean
    GeminiProvider geminiProvider() {
        return new GeminiProvider();
    }

    @Bean
    DeploymentRegistry deploymentRegistry(LlmProperties properties, ObjectProvider<LlmProvider> providers) {
        return DeploymentRegistry.from(
                properties, providers.orderedStream().map(LlmProvider::type).collect(Collectors.toSet()));
    }

    @Bean
    ModelCatalog modelCatalog(LlmProperties properties) {
        return ModelCatalog.load(properties.prices());
    }

    @Bean
    CallLog llmCallLog(JdbcTemplate jdbc) {
        return new CallLog(jdbc, Duration.ofMillis(200));
    }

    @Bean
    LlmRouter llmRouter(
            DeploymentRegistry registry,
            ObjectProvider<LlmProvider> providers,
            ModelCatalog catalog,
            CallLog callLog,
            MeterRegistry meters,
            LlmProperties properties,
            BundledEmbeddingQueue bundledEmbeddings,
            ObjectProvider<Tracer> tracer) {
        DeploymentResilience resilience = new DeploymentResilience(properties.breaker(), properties.retry());
        for (Deployment deployment : registry.deployments()) {
            Gauge.builder("vectort.llm.circuit.state", () -> switch (resilience.state(deployment.name())) {
                        case CLOSED -> 0;
                        case OPEN, FORCED_OPEN -> 1;
                        case HALF_OPEN -> 2;
                        default -> 3;
                    })
                    .description("Circuit breaker of each deployment: 0 closed, 1 open, 2 half-open")
                    .tag("deployment", deployment.name())
                    .register(meters);
        }
        Gauge.builder("vectort.llm.call.log.dropped", callLog, CallLog::dropped)
                .description("LLM call records dropped because the accounting queue was full")
                .register(meters);
        Map<String, LlmProvider> byType =
                providers.orderedStream().collect(Collectors.toMap(LlmProvider::type, Function.identity()));
        return new LlmRouter(
                registry,
                byType,
                resilience,
                catalog,
                callLog,
                new LlmMetrics(meters),
                properties.tiers(),
                bundledEmbeddings,
                new LlmTracing(tracer.getIfAvailable(() -> Tracer.NOOP)));
    }
}
