package io.vectort.jobs;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Continues the submitting request's trace in the job, on whichever node runs it: the W3C {@code
 * traceparent} of the span current at enqueue time is stored with the job, and the job runs in an
 * observation that receives it, which the tracing handlers turn into a consumer span, its child.
 * An observation rather than a bare span, so that what the job does is parented on it: Redis
 * commands are traced on Lettuce's event-loop threads and find their parent through the current
 * observation, not the current span. With tracing off the tracer is the no-op one and none of this
 * touches the database or creates an observation.
 */
final class JobTracing {

    static final String TRACEPARENT = "traceparent";

    /** Denied by a meter filter: job durations are measured by the job engine's own metrics. */
    static final String OBSERVATION = "vectort.job.trace";

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry observations;

    JobTracing(Tracer tracer, Propagator propagator, ObservationRegistry observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations;
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
        if (!enabled()) {
            work.run();
            return;
        }
        Map<String, String> carrier =
                traceparent.map(parent -> Map.of(TRACEPARENT, parent)).orElse(Map.of());
        Observation.createNotStarted(OBSERVATION, () -> received(carrier), observations)
                .contextualName("job " + jobName)
                .lowCardinalityKeyValue("vectort.job.name", jobName)
                .highCardinalityKeyValue("vectort.job.id", jobId)
                .observe(work);
    }

    private static ReceiverContext<Map<String, String>> received(Map<String, String> carrier) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get);
        context.setCarrier(carrier);
        return context;
    }
}
