package io.vectort.providers;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One span per routed LLM call (retries and fallbacks included), named and described after the
 * OpenTelemetry GenAI semantic conventions: {@code chat gpt-4o-mini}, with the provider, the model
 * asked for and the one that answered, the tokens, and Vectort's cost. With tracing off the tracer
 * is Micrometer's no-op one and this does nothing.
 */
final class LlmTracing {

    private final Tracer tracer;

    LlmTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code call} in a client span for {@code operation} ({@code chat}, {@code embeddings}). */
    <T> T traced(String operation, String requestedModel, Supplier<T> call) {
        Span span = tracer.spanBuilder()
                .name(operation + " " + requestedModel)
                .kind(Span.Kind.CLIENT)
                .tag("gen_ai.operation.name", operation)
                .tag("gen_ai.request.model", requestedModel)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return call.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Describes the current call's outcome on its span; called once per call, whatever the outcome. */
    void outcome(
            Optional<Deployment> deployment,
            String status,
            Optional<ErrorKind> error,
            Usage usage,
            BigDecimal cost,
            int fallbacks) {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return;
        }
        deployment.ifPresent(used -> span.tag("gen_ai.provider.name", used.provider())
                // The older name of the same attribute, still what many backends group by.
                .tag("gen_ai.system", used.provider())
                .tag("gen_ai.response.model", used.model())
                .tag("vectort.llm.deployment", used.name()));
        span.tag("gen_ai.usage.input_tokens", usage.inputTokens())
                .tag("gen_ai.usage.output_tokens", usage.outputTokens())
                .tag("vectort.usage.estimated", usage.estimated())
                .tag("vectort.cost_usd", cost.doubleValue())
                .tag("vectort.llm.status", status)
                .tag("vectort.llm.fallbacks", fallbacks);
        error.ifPresent(kind -> span.tag("error.type", kind.name().toLowerCase(Locale.ROOT)));
    }
}
