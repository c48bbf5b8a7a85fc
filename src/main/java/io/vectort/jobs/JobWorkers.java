package io.vectort.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code vectort_workers_busy} and {@code vectort_workers_available}: this node's job slots
 * ({@code vectort.jobs.concurrency}) in use and free. A node that does not run jobs (disabled, not
 * started yet, shutting down) has none available; summed over nodes they are the cluster's capacity.
 */
final class JobWorkers {

    private final ObjectProvider<Scheduler> scheduler;
    private final int concurrency;
    private final boolean enabled;

    JobWorkers(ObjectProvider<Scheduler> scheduler, JobsProperties properties) {
        this.scheduler = scheduler;
        this.concurrency = properties.concurrency();
        this.enabled = properties.enabled();
    }

    void register(MeterRegistry registry) {
        Gauge.builder("vectort.workers.busy", this, JobWorkers::busy)
                .description("Jobs running on this node now")
                .register(registry);
        Gauge.builder("vectort.workers.available", this, JobWorkers::available)
                .description("Job slots of this node free to take a job now")
                .register(registry);
    }

    int busy() {
        return enabled ? scheduler.getObject().getCurrentlyExecuting().size() : 0;
    }

    int available() {
        if (!enabled) {
            return 0;
        }
        Scheduler engine = scheduler.getObject();
        return available(concurrency, engine.getCurrentlyExecuting().size(), engine.getSchedulerState());
    }

    static int available(int concurrency, int busy, SchedulerState state) {
        if (!state.isStarted() || state.isShuttingDown() || state.isPaused()) {
            return 0;
        }
        return Math.max(0, concurrency - busy);
    }
}
