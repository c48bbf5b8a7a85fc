package io.vectort.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a stream.
 *
 * @param seq position in its stream, from 1, without gaps; also the SSE event id
 * @param dataJson the event's payload as a JSON object
 */
public record StoredEvent(UUID streamId, long seq, String type, String dataJson, Instant createdAt) {}
