package io.vectort.jobs;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Continues the submitting request's trace in the job, on whichever node runs it: the W3C {@code
 * traceparent} of the span current at enqueue time is stored with the job, and the job's span is
 * started as its child. With tracing off the tracer is the no-op one and none of this touches the
 * database.
 */
final class JobTracing {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    JobTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    boolean enabled() {
        return tracer != Tracer.NOOP;
    }

    /** The {@code traceparent} header of the current span, if there is a sampled one. */
    Optional<String> currentTraceparent() {
        TraceContext current = tracer.currentTraceContext().context();
        if (current == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(current, carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** Runs {@code work} in a span named after the job, a child of {@code traceparent} when given. */
    void run(String jobName, String jobId, Optional<String> traceparent, Runnable work) {
        Span.Builder builder = traceparent
                .map(parent -> propagator.extract(Map.of(TRACEPARENT, parent), Map::get))
                .orElseGet(tracer::spanBuilder);
        Span span = builder.name("job " + jobName)
                .kind(Span.Kind.CONSUMER)
                .tag("vectort.job.name", jobName)
                .tag("vectort.job.id", jobId)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
