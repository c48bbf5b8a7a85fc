package io.vectort.generation.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.events.StoredEvent;
import io.vectort.generation.progress.StatusChanged.Failure;
import io.vectort.generation.protocol.Dependency;
import io.vectort.generation.protocol.FileOperation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The wire format of every generation event: names, field order, and absent optional fields. */
class GenerationEventJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void statusEventsPutTheStatusFirstAndLeaveOutWhatTheyDoNotHave() {
        assertThat(wire(new StatusChanged.Queued(0, null))).isEqualTo("status {\"status\":\"queued\",\"attempt\":0}");
        assertThat(wire(new StatusChanged.Queued(0, Instant.parse("2026-12-05T08:00:00Z"))))
                .isEqualTo("status {\"status\":\"queued\",\"attempt\":0,\"queuedUntil\":\"2026-12-05T08:00:00Z\"}");
        assertThat(wire(new StatusChanged.Retrying(2, new Failure("timeout", "too slow"))))
                .isEqualTo("status {\"status\":\"queued\",\"attempt\":2,"
                        + "\"error\":{\"code\":\"timeout\",\"message\":\"too slow\"},\"retrying\":true}");
        assertThat(wire(new StatusChanged.Running(3))).isEqualTo("status {\"status\":\"running\",\"attempt\":3}");
        assertThat(wire(new StatusChanged.Succeeded(4, "Added a form")))
                .isEqualTo("status {\"status\":\"succeeded\",\"version\":4,\"summary\":\"Added a form\"}");
        assertThat(wire(new StatusChanged.Failed(new Failure("unsafe_path", "no"))))
                .isEqualTo("status {\"status\":\"failed\",\"error\":{\"code\":\"unsafe_path\",\"message\":\"no\"}}");
        assertThat(wire(new StatusChanged.Cancelled())).isEqualTo("status {\"status\":\"cancelled\"}");
    }

    @Test
    void fileEventsDescribeTheOperation() {
        assertThat(wire(GenerationEvent.FileCompleted.of(new FileOperation.WriteFile("a.txt", "é\nb\n"))))
                .isEqualTo("file_completed {\"path\":\"a.txt\",\"operation\":\"write\",\"bytes\":5,\"lines\":2}");
        assertThat(wire(GenerationEvent.FileCompleted.of(new FileOperation.RenameFile("a.txt", "b.txt"))))
                .isEqualTo("file_completed {\"path\":\"a.txt\",\"operation\":\"rename\",\"to\":\"b.txt\"}");
        assertThat(wire(GenerationEvent.FileCompleted.of(new FileOperation.DeleteFile("a.txt"))))
                .isEqualTo("file_completed {\"path\":\"a.txt\",\"operation\":\"delete\"}");
        assertThat(wire(new GenerationEvent.FileDelta("a.txt", "<h1>")))
                .isEqualTo("file_delta {\"path\":\"a.txt\",\"text\":\"<h1>\"}");
        assertThat(wire(new GenerationEvent.FileStarted("a.txt", "write")))
                .isEqualTo("file_started {\"path\":\"a.txt\",\"operation\":\"write\"}");
        assertThat(wire(GenerationEvent.DependenciesDeclared.of(List.of(new Dependency("vite", "^8.0.0", true)))))
                .isEqualTo("dependencies {\"dependencies\":[{\"name\":\"vite\",\"range\":\"^8.0.0\",\"dev\":true}]}");
        assertThat(wire(new GenerationEvent.VersionCreated(2, 7, 9000)))
                .isEqualTo("version_created {\"version\":2,\"fileCount\":7,\"totalBytes\":9000}");
        assertThat(wire(new GenerationEvent.Message("Hi"))).isEqualTo("message {\"text\":\"Hi\"}");
        assertThat(wire(new GenerationEvent.Summary("Done"))).isEqualTo("summary {\"text\":\"Done\"}");
    }

    @Test
    void onlySucceededFailedAndCancelledEndTheStream() {
        GenerationEventLog log = new GenerationEventLog(null, json);
        assertThat(log.isFinal(stored(new StatusChanged.Succeeded(1, "s")))).isTrue();
        assertThat(log.isFinal(stored(new StatusChanged.Failed(new Failure("c", "m")))))
                .isTrue();
        assertThat(log.isFinal(stored(new StatusChanged.Cancelled()))).isTrue();
        assertThat(log.isFinal(stored(new StatusChanged.Running(1)))).isFalse();
        assertThat(log.isFinal(stored(new StatusChanged.Retrying(1, new Failure("c", "m")))))
                .isFalse();
        // A summary that quotes a final status is text, not a status.
        assertThat(log.isFinal(stored(new GenerationEvent.Summary("\"status\": \"succeeded\""))))
                .isFalse();
        assertThat(log.isFinal(stored(new GenerationEvent.Message("status succeeded"))))
                .isFalse();
    }

    private StoredEvent stored(GenerationEvent event) {
        return new StoredEvent(UUID.randomUUID(), 1, event.event(), json.writeValueAsString(event), Instant.now());
    }

    private String wire(GenerationEvent event) {
        return event.event() + " " + json.writeValueAsString(event);
    }
}
