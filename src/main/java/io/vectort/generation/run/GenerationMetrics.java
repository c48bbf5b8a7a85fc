package io.vectort.generation.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vectort.database.AfterCommit;
import io.vectort.generation.generator.CodeGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_generations_total{status,provider,model,framework}}, {@code
 * vectort_generation_duration_seconds} (submit to end) and {@code
 * vectort_generation_dispatch_seconds} (submit to start of the first attempt). A final status is
 * counted once its transaction committed.
 */
@Component
class GenerationMetrics {

    /** The model label of a generation that asked for none and ended before a model answered. */
    static final String DEFAULT_MODEL = "default";

    /** The model label of anything no configured generator answers for. */
    static final String OTHER_MODEL = "other";

    private static final Set<String> FIXED_MODELS = Set.of(DEFAULT_MODEL, "cache");

    private final MeterRegistry registry;
    private final List<CodeGenerator> generators;
    private final Timer dispatch;

    GenerationMetrics(MeterRegistry registry, List<CodeGenerator> generators) {
        this.registry = registry;
        this.generators = generators;
        this.dispatch = Timer.builder("vectort.generation.dispatch")
                .description("Time from submission to the start of a generation's first attempt")
                .publishPercentileHistogram()
                .register(registry);
    }

    void dispatched(Duration sinceSubmission) {
        dispatch.record(sinceSubmission);
    }

    void finished(
            Generation generation, GenerationStatus status, String provider, String model, Duration sinceSubmission) {
        Counter counter = Counter.builder("vectort.generations")
                .description("Generations that reached a final status")
                .tag("status", status.wire())
                .tag("provider", provider)
                .tag("model", modelLabel(model))
                .tag("framework", generation.framework())
                .register(registry);
        Timer duration = Timer.builder("vectort.generation.duration")
                .description("Time from submission to the final status of a generation")
                .tag("status", status.wire())
                .tag("framework", generation.framework())
                .publishPercentileHistogram()
                .register(registry);
        AfterCommit.run(() -> {
            counter.increment();
            duration.record(sinceSubmission);
        });
    }

    /**
     * The model as a label: only names the configured generators answer for (deployments, aliases,
     * the starter's), so that a label never takes a value per request.
     */
    String modelLabel(String model) {
        if (FIXED_MODELS.contains(model) || generators.stream().anyMatch(g -> g.supportsModel(model))) {
            return model;
        }
        return OTHER_MODEL;
    }
}
