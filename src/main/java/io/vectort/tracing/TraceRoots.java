package io.vectort.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;

/**
 * Decides which spans may begin a trace: a request (server), a job (consumer) or an LLM call made
 * outside both; those are sampled at the configured ratio. Every other span with no parent is
 * dropped: a database query of the job engine's polling or a Redis command of a health check would
 * otherwise each be a trace of one span, every few seconds, on every node. A span with a parent
 * follows its parent's decision (the sampler is wrapped in {@code parentBased}).
 */
final class TraceRoots implements Sampler {

    private static final AttributeKey<String> GENAI_OPERATION = AttributeKey.stringKey("gen_ai.operation.name");

    private final Sampler ratio;

    private TraceRoots(Sampler ratio) {
        this.ratio = ratio;
    }

    static Sampler sampler(double probability) {
        return Sampler.parentBased(new TraceRoots(Sampler.traceIdRatioBased(probability)));
    }

    @Override
    public SamplingResult shouldSample(
            Context parentContext,
            String traceId,
            String name,
            SpanKind spanKind,
            Attributes attributes,
            List<LinkData> parentLinks) {
        boolean unitOfWork =
                spanKind == SpanKind.SERVER || spanKind == SpanKind.CONSUMER || attributes.get(GENAI_OPERATION) != null;
        return unitOfWork
                ? ratio.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks)
                : SamplingResult.drop();
    }

    @Override
    public String getDescription() {
        return "TraceRoots{" + ratio.getDescription() + "}";
    }
}
