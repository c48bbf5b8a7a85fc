package io.vectort.generation.progress;

import io.vectort.events.EventLog;
import io.vectort.events.StoredEvent;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of generation events: every event of a generation's stream is one of the typed
 * {@link GenerationEvent}s, written here, so its name and fields cannot drift between producers.
 */
@Component
public class GenerationEventLog {

    private final EventLog events;
    private final JsonMapper json;

    GenerationEventLog(EventLog events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /** Appends in the caller's transaction: followers see it when that commits. */
    public long append(UUID generationId, GenerationEvent event) {
        return events.append(generationId, event.event(), event);
    }

    /** Queues a progress event for a group commit with other generations' progress. */
    public CompletableFuture<Long> appendBatched(UUID generationId, GenerationEvent event) {
        return events.appendBatched(generationId, event.event(), event);
    }

    /** Whether {@code event} is a final status, after which the stream ends. */
    public boolean isFinal(StoredEvent event) {
        if (!event.type().equals("status")) {
            return false;
        }
        JsonNode status = json.readTree(event.dataJson()).path("status");
        return status.isString() && StatusChanged.FINAL.contains(status.asString());
    }
}
