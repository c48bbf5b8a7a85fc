package io.vectort.generation.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The generation's status changed; the SSE event {@code status}. {@link Succeeded}, {@link Failed}
 * and {@link Cancelled} are final: the stream ends after them.
 */
@JsonPropertyOrder({"status"})
public sealed interface StatusChanged extends GenerationEvent {

    /** The wire values of the final statuses. */
    Set<String> FINAL = Set.of("succeeded", "failed", "cancelled");

    @JsonProperty("status")
    String status();

    @Override
    default String event() {
        return "status";
    }

    /** What went wrong: a stable code and a message for people. */
    record Failure(String code, String message) {}

    /** Waiting for a worker; {@code queuedUntil} when it is scheduled for later. */
    record Queued(int attempt, @Nullable Instant queuedUntil) implements StatusChanged {
        @Override
        public String status() {
            return "queued";
        }
    }

    /** Attempt {@code attempt} failed and the generation waits for the next one. */
    record Retrying(int attempt, Failure error) implements StatusChanged {
        @Override
        public String status() {
            return "queued";
        }

        @JsonProperty("retrying")
        public boolean retrying() {
            return true;
        }
    }

    /** Attempt {@code attempt} is streaming: clients drop what an earlier attempt showed. */
    record Running(int attempt) implements StatusChanged {
        @Override
        public String status() {
            return "running";
        }
    }

    record Succeeded(int version, String summary) implements StatusChanged {
        @Override
        public String status() {
            return "succeeded";
        }
    }

    record Failed(Failure error) implements StatusChanged {
        @Override
        public String status() {
            return "failed";
        }
    }

    record Cancelled() implements StatusChanged {
        @Override
        public String status() {
            return "cancelled";
        }
    }
}
