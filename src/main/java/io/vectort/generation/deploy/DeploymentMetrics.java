package io.vectort.generation.deploy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.database.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * {@code vectort_deployments_total{platform,status}}: deployments asked for ({@code queued}) and
 * finished ({@code ready}, {@code failed}). Both labels take a handful of fixed values. Counted
 * once the transition's transaction committed.
 */
@Component
class DeploymentMetrics {

    private final MeterRegistry registry;

    DeploymentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Platform platform, String status) {
        Counter counter = Counter.builder("vectort.deployments")
                .description("Deployments to static hosts, by host and by status reached")
                .tag("platform", platform.wireName())
                .tag("status", status)
                .register(registry);
        AfterCommit.run(counter::increment);
    }
}
