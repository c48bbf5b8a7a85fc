package io.vectort.generation.run;

import io.vectort.events.EventLog;
import io.vectort.generation.protocol.Dependency;
import io.vectort.generation.protocol.FileOperation;
import io.vectort.generation.protocol.ProtocolListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Turns parser callbacks into a generation's events. Streamed text is coalesced — one event per
 * {@code flushInterval} or {@code flushChars}, not one per token — so the event log grows with the
 * output's size, not with the provider's chunking.
 */
final class GenerationEventSink implements ProtocolListener {

    private final EventLog events;
    private final UUID generationId;
    private final BooleanSupplier stopped;
    private final Duration flushInterval;
    private final int flushChars;
    private final Clock clock = Clock.systemUTC();

    private final StringBuilder pending = new StringBuilder();
    private String pendingType = "";
    private String pendingPath = "";
    private Instant lastFlush = Instant.EPOCH;
    private CompletableFuture<Long> lastWrite = CompletableFuture.completedFuture(0L);

    GenerationEventSink(
            EventLog events, UUID generationId, BooleanSupplier stopped, Duration flushInterval, int flushChars) {
        this.events = events;
        this.generationId = generationId;
        this.stopped = stopped;
        this.flushInterval = flushInterval;
        this.flushChars = flushChars;
    }

    @Override
    public void narrative(String text) {
        buffer("message", "", text);
    }

    @Override
    public void fileStarted(String path, String kind) {
        flush();
        append("file_started", Map.of("path", path, "operation", kind));
    }

    @Override
    public void fileContent(String path, String text) {
        buffer("file_delta", path, text);
    }

    @Override
    public void fileCompleted(FileOperation operation) {
        flush();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("path", operation.path());
        data.put("operation", operation.kind());
        switch (operation) {
            case FileOperation.WriteFile write -> {
                data.put("bytes", write.content().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                data.put("lines", write.content().lines().count());
            }
            case FileOperation.PatchFile patch ->
                data.put("replacements", patch.replacements().size());
            case FileOperation.RenameFile rename -> data.put("to", rename.to());
            case FileOperation.DeleteFile delete -> {}
        }
        append("file_completed", data);
    }

    @Override
    public void dependencies(List<Dependency> dependencies) {
        flush();
        append(
                "dependencies",
                Map.of(
                        "dependencies",
                        dependencies.stream()
                                .map(d -> Map.of("name", d.name(), "range", d.range(), "dev", d.dev()))
                                .toList()));
    }

    @Override
    public void summary(String text) {
        flush();
        append("summary", Map.of("text", text.strip()));
    }

    /** Writes whatever text is still buffered; called before status changes and at the end. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        if (pendingType.equals("file_delta")) {
            data.put("path", pendingPath);
        }
        data.put("text", pending.toString());
        pending.setLength(0);
        lastFlush = clock.instant();
        append(pendingType, data);
    }

    private void buffer(String type, String path, String text) {
        if (!pending.isEmpty() && (!type.equals(pendingType) || !path.equals(pendingPath))) {
            flush();
        }
        pendingType = type;
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

    private void append(String type, Map<String, ?> data) {
        // After a cancel, the log ends with the cancelled status: late progress would contradict it.
        if (!stopped.getAsBoolean()) {
            // Batched with other generations' progress: one transaction for many events.
            lastWrite = events.appendBatched(generationId, type, data);
        }
    }
}
