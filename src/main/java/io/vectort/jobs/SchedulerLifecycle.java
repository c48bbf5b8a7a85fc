package io.vectort.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the engine once the application is ready and stops it first on shutdown: running jobs
 * get {@code shutdownWait} to finish; the rest are revived by another node (or this one after a
 * restart) once their heartbeats stop.
 */
final class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (enabled) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (enabled) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * db-scheduler cannot start again once stopped, so a paused context (Spring pauses cached test
     * contexts) keeps it running instead of stopping it.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** After the web server (which starts last) so jobs never run before the node can serve. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
