package io.vectort.generation.deploy.web;

import io.vectort.events.StoredEvent;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One entry of a deployment's status history: what happened, when, with its details. */
record StatusEvent(long seq, Instant at, String status, JsonNode data) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static StatusEvent from(StoredEvent event) {
        JsonNode data = JSON.readTree(event.dataJson());
        return new StatusEvent(
                event.seq(), event.createdAt(), data.path("status").asString(""), data);
    }
}
