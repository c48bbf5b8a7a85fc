package io.vectort.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Job engine settings, prefix {@code vectort.jobs}.
 *
 * @param concurrency jobs running at once on this node (each on a virtual thread)
 * @param pollingInterval how often a node looks for due jobs it was not told about (jobs due later,
 *     retries, jobs of other nodes); jobs submitted to run now on this node are dispatched
 *     immediately. A job due in the future starts up to this long after its time: it bounds the
 *     lateness of reminders (goal: p99 ≤ 1 s, docs/BENCHMARKS.md), for one indexed query per poll
 * @param heartbeatInterval how often a running job's heartbeat is written
 * @param missedHeartbeats after this many missed heartbeats a job is considered dead and revived
 * @param maxAttempts attempts per job, retries included
 * @param retryBackoff delay before the first retry; doubles each time, with jitter
 * @param maxRetryBackoff upper bound of the retry delay
 * @param shutdownWait how long shutdown waits for running jobs before handing them over
 */
@Validated
@ConfigurationProperties("vectort.jobs")
public record JobsProperties(
        @DefaultValue("64") @Min(1) @Max(10000) int concurrency,
        @DefaultValue("500ms") Duration pollingInterval,
        @DefaultValue("5s") Duration heartbeatInterval,
        @DefaultValue("4") @Min(4) int missedHeartbeats,
        @DefaultValue("4") @Min(1) @Max(100) int maxAttempts,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("60s") Duration maxRetryBackoff,
        @DefaultValue("20s") Duration shutdownWait,
        @DefaultValue("true") boolean enabled) {}
