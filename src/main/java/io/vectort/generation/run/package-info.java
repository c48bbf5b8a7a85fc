/**
 * Running generations: submission (validated, stored and enqueued in one transaction), the durable
 * job that streams a generator's output through the protocol parser into events, the commit of the
 * result as a version, cancellation, retries and recovery of stuck runs.
 */
@NullMarked
package io.vectort.generation.run;

import org.jspecify.annotations.NullMarked;
