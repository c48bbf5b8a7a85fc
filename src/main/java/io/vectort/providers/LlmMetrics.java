package io.vectort.providers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * {@code vectort_llm_requests_total{provider,model,status}}, {@code
 * vectort_llm_latency_seconds{phase}} (first token and total), {@code
 * vectort_llm_tokens_total{direction}}, {@code vectort_llm_cost_usd_total{provider}} and {@code
 * vectort_llm_fallbacks_total{deployment}}. Circuit states are gauges registered with the router.
 */
final class LlmMetrics {

    private final MeterRegistry registry;

    LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void attempt(Deployment deployment, String status) {
        Counter.builder("vectort.llm.requests")
                .description("Calls to LLM deployments, fallback attempts included")
                .tag("provider", deployment.provider())
                .tag("model", deployment.model())
                .tag("status", status)
                .register(registry)
                .increment();
    }

    void fallback(Deployment from) {
        Counter.builder("vectort.llm.fallbacks")
                .description("Times a deployment failed and the next one was tried")
                .tag("deployment", from.name())
                .register(registry)
                .increment();
    }

    void completed(Deployment deployment, Usage usage, BigDecimal cost, Duration total, Duration firstToken) {
        latency("total", deployment, total);
        if (!firstToken.isNegative()) {
            latency("first_token", deployment, firstToken);
        }
        tokens("input", usage.inputTokens());
        tokens("output", usage.outputTokens());
        Counter.builder("vectort.llm.cost.usd")
                .description("Cost of LLM calls in USD, from real usage and catalog prices")
                .tag("provider", deployment.provider())
                .register(registry)
                .increment(cost.doubleValue());
    }

    private void latency(String phase, Deployment deployment, Duration duration) {
        Timer.builder("vectort.llm.latency")
                .description("Latency of LLM calls: to the first token, and in total")
                .tag("phase", phase)
                .tag("provider", deployment.provider())
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
    }

    private void tokens(String direction, long count) {
        Counter.builder("vectort.llm.tokens")
                .description("Tokens sent to and received from LLMs")
                .tag("direction", direction)
                .register(registry)
                .increment(count);
    }
}
