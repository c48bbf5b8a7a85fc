package io.vectort.generation.push;

import io.vectort.events.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A push's event stream (its id is the push's): {@code progress} events with a {@code step}
 * ({@code resolving}, {@code creating-repository}, {@code fetching}, {@code committing}, {@code
 * pushing}, {@code verifying}, {@code opening-pull-request}, {@code retrying}), and {@code status}
 * events; a {@code status} of {@code pushed} or {@code failed} is the last one.
 */
@Component
class PushEvents {

    private final EventLog events;

    PushEvents(EventLog events) {
        this.events = events;
    }

    void progress(UUID pushId, String step) {
        events.append(pushId, "progress", Map.of("step", step));
    }

    void retrying(UUID pushId, PushFailure failure) {
        events.append(
                pushId,
                "progress",
                Map.of("step", "retrying", "code", failure.code(), "message", failure.getMessage()));
    }

    void status(UUID pushId, PushStatus status) {
        events.append(pushId, "status", Map.of("status", status.wire()));
    }

    void pushed(UUID pushId, PublishedCommit commit, Map<String, String> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", PushStatus.PUSHED.wire());
        data.put("branch", commit.branch());
        data.put("commitSha", commit.commitSha());
        data.put("unchanged", commit.unchanged());
        data.putAll(extra);
        events.append(pushId, "status", data);
    }

    void failed(UUID pushId, PushFailure failure) {
        events.append(
                pushId,
                "status",
                Map.of("status", PushStatus.FAILED.wire(), "code", failure.code(), "message", failure.getMessage()));
    }
}
