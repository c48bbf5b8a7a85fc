package io.vectort.jobs;

import java.time.Duration;

/** Work that runs every {@link #interval()} on exactly one node of the cluster. */
public interface RecurringJob {

    String name();

    Duration interval();

    void run() throws Exception;
}
