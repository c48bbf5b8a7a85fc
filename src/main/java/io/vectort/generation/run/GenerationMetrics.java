package io.vectort.generation.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_generations_total{status,provider,framework}}, {@code
 * vectort_generation_duration_seconds} (submit to end) and {@code
 * vectort_generation_dispatch_seconds} (submit to start of the first attempt).
 */
@Component
class GenerationMetrics {

    private final MeterRegistry registry;
    private final Timer dispatch;

    GenerationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.dispatch = Timer.builder("vectort.generation.dispatch")
                .description("Time from submission to the start of a generation's first attempt")
                .publishPercentileHistogram()
                .register(registry);
    }

    void dispatched(Duration sinceSubmission) {
        dispatch.record(sinceSubmission);
    }

    void finished(Generation generation, GenerationStatus status, String provider, Duration sinceSubmission) {
        Counter.builder("vectort.generations")
                .description("Generations that reached a final status")
                .tag("status", status.wire())
                .tag("provider", provider)
                .tag("framework", generation.framework())
                .register(registry)
                .increment();
        Timer.builder("vectort.generation.duration")
                .description("Time from submission to the final status of a generation")
                .tag("status", status.wire())
                .tag("framework", generation.framework())
                .publishPercentileHistogram()
                .register(registry)
                .record(sinceSubmission);
    }
}
