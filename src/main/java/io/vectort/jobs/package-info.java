/**
 * Durable jobs on PostgreSQL (db-scheduler underneath): cluster-safe claiming, heartbeats,
 * dead-execution recovery, retries with exponential backoff and jitter, immediate dispatch on the
 * submitting node. Modules register a {@link io.vectort.jobs.JobHandler} and enqueue with {@link
 * io.vectort.jobs.JobQueue}; db-scheduler types never leave this package.
 */
@NullMarked
package io.vectort.jobs;

import org.jspecify.annotations.NullMarked;
