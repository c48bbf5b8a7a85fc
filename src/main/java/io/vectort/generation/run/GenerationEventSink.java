package io.vectort.generation.run;

import io.vectort.generation.progress.GenerationEvent;
import io.vectort.generation.progress.GenerationEventLog;
import io.vectort.generation.protocol.Dependency;
import io.vectort.generation.protocol.FileOperation;
import io.vectort.generation.protocol.ProtocolListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Turns parser callbacks into a generation's events. Streamed text is coalesced — one event per
 * {@code flushInterval} or {@code flushChars}, not one per token — so the event log grows with the
 * output's size, not with the provider's chunking.
 */
final class GenerationEventSink implements ProtocolListener {

    private final GenerationEventLog events;
    private final UUID generationId;
    private final BooleanSupplier stopped;
    private final Duration flushInterval;
    private final int flushChars;
    private final Clock clock = Clock.systemUTC();

    private final StringBuilder pending = new StringBuilder();
    private String pendingPath = "";
    private Instant lastFlush = Instant.EPOCH;
    private CompletableFuture<Long> lastWrite = CompletableFuture.completedFuture(0L);

    GenerationEventSink(
            GenerationEventLog events,
            UUID generationId,
            BooleanSupplier stopped,
            Duration flushInterval,
            int flushChars) {
        this.events = events;
        this.generationId = generationId;
        this.stopped = stopped;
        this.flushInterval = flushInterval;
        this.flushChars = flushChars;
    }

    @Override
    public void narrative(String text) {
        buffer("", text);
    }

    @Override
    public void fileStarted(String path, String kind) {
        flush();
        append(new GenerationEvent.FileStarted(path, kind));
    }

    @Override
    public void fileContent(String path, String text) {
        buffer(path, text);
    }

    @Override
    public void fileCompleted(FileOperation operation) {
        flush();
        append(GenerationEvent.FileCompleted.of(operation));
    }

    @Override
    public void dependencies(List<Dependency> dependencies) {
        flush();
        append(GenerationEvent.DependenciesDeclared.of(dependencies));
    }

    @Override
    public void summary(String text) {
        flush();
        append(new GenerationEvent.Summary(text.strip()));
    }

    /** Writes whatever text is still buffered; called before status changes and at the end. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        lastFlush = clock.instant();
        append(
                pendingPath.isEmpty()
                        ? new GenerationEvent.Message(text)
                        : new GenerationEvent.FileDelta(pendingPath, text));
    }

    /** Buffers narrative text ({@code path} empty) or a file's content. */
    private void buffer(String path, String text) {
        if (!pending.isEmpty() && !path.equals(pendingPath)) {
            flush();
        }
        pendingPath = path;
        pending.append(text);
        if (pending.length() >= flushChars || clock.instant().isAfter(lastFlush.plus(flushInterval))) {
            flush();
        }
    }

    /**
     * Flushes and waits until every progress event is stored, so the run's final status follows
     * them in the log; fails if one could not be stored (the attempt then fails and is retried).
     */
    void flushAndAwait() {
        flush();
        lastWrite.join();
    }

    private void append(GenerationEvent event) {
        // After a cancel, the log ends with the cancelled status: late progress would contradict it.
        if (!stopped.getAsBoolean()) {
            // Batched with other generations' progress: one transaction for many events.
            lastWrite = events.appendBatched(generationId, event);
        }
    }
}
