package io.vectort.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceRootsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private final Sampler sampler = TraceRoots.sampler(1.0);

    @Test
    void requestsJobsAndLlmCallsStartTraces() {
        assertThat(root(SpanKind.SERVER, Attributes.empty())).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(root(SpanKind.CONSUMER, Attributes.empty())).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(root(
                        SpanKind.CLIENT,
                        Attributes.builder()
                                .put("gen_ai.operation.name", "chat")
                                .build()))
                .isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
    }

    @Test
    void aStatementOrCommandWithoutAParentStartsNoTrace() {
        assertThat(root(SpanKind.CLIENT, Attributes.empty())).isEqualTo(SamplingDecision.DROP);
        assertThat(root(SpanKind.INTERNAL, Attributes.empty())).isEqualTo(SamplingDecision.DROP);
    }

    @Test
    void aSpanWithASampledParentIsKeptWhateverItsKind() {
        Context parent = Context.root()
                .with(Span.wrap(SpanContext.create(
                        TRACE, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault())));
        assertThat(sampler.shouldSample(parent, TRACE, "query", SpanKind.CLIENT, Attributes.empty(), List.of())
                        .getDecision())
                .isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
    }

    @Test
    void theRatioStillAppliesToRoots() {
        assertThat(TraceRoots.sampler(0.0)
                        .shouldSample(Context.root(), TRACE, "http get", SpanKind.SERVER, Attributes.empty(), List.of())
                        .getDecision())
                .isEqualTo(SamplingDecision.DROP);
    }

    private SamplingDecision root(SpanKind kind, Attributes attributes) {
        return sampler.shouldSample(Context.root(), TRACE, "span", kind, attributes, List.of())
                .getDecision();
    }
}
