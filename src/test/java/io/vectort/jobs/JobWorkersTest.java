package io.vectort.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerState;
import org.junit.jupiter.api.Test;

class JobWorkersTest {

    private record State(boolean isStarted, boolean isShuttingDown, boolean isPaused) implements SchedulerState {}

    @Test
    void aRunningNodeHasItsFreeSlotsAvailable() {
        assertThat(JobWorkers.available(64, 0, new State(true, false, false))).isEqualTo(64);
        assertThat(JobWorkers.available(64, 60, new State(true, false, false))).isEqualTo(4);
        assertThat(JobWorkers.available(4, 5, new State(true, false, false))).isZero();
    }

    @Test
    void aNodeThatTakesNoJobsHasNoneAvailable() {
        assertThat(JobWorkers.available(64, 0, new State(false, false, false))).isZero();
        assertThat(JobWorkers.available(64, 3, new State(true, true, false))).isZero();
        assertThat(JobWorkers.available(64, 0, new State(true, false, true))).isZero();
    }
}
