package io.vectort.events;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Serves a stream as Server-Sent Events: everything after {@code Last-Event-ID} from the log, then
 * live events as they are committed, until the stream's last event. Each connection is followed by
 * one virtual thread that is parked while nothing happens.
 */
@Component
public class SseRelay {

    private static final Logger log = LoggerFactory.getLogger(SseRelay.class);
    private static final int BATCH = 500;

    private final EventLog events;
    private final EventsProperties properties;

    SseRelay(EventLog events, EventsProperties properties) {
        this.events = events;
        this.properties = properties;
    }

    /**
     * @param afterSeq the client's {@code Last-Event-ID}, 0 for the whole history
     * @param isLast the event after which the stream is complete (e.g. a terminal status)
     */
    public SseEmitter stream(UUID streamId, long afterSeq, Predicate<StoredEvent> isLast) {
        SseEmitter emitter =
                new SseEmitter(properties.maxStreamDuration().plusMinutes(1).toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(e -> open.set(false));
        Thread.ofVirtual().name("sse-" + streamId).start(() -> follow(streamId, afterSeq, isLast, emitter, open));
        return emitter;
    }

    private void follow(
            UUID streamId, long afterSeq, Predicate<StoredEvent> isLast, SseEmitter emitter, AtomicBoolean open) {
        Instant deadline = Instant.now().plus(properties.maxStreamDuration());
        Instant nextKeepAlive = Instant.now().plus(properties.keepAlive());
        try {
            long end = events.latestSeq(streamId);
            // A Last-Event-ID past the end cannot be resumed from: it would miss what comes next.
            long last = Math.min(afterSeq, end);
            if (last == end && end > 0 && endsWith(streamId, end, isLast)) {
                // The client has seen everything of a finished stream: nothing will follow.
                emitter.complete();
                return;
            }
            while (open.get() && Instant.now().isBefore(deadline)) {
                List<StoredEvent> batch = events.readAfter(streamId, last, BATCH);
                for (StoredEvent event : batch) {
                    emitter.send(SseEmitter.event()
                            .id(Long.toString(event.seq()))
                            .name(event.type())
                            .data(event.dataJson(), MediaType.APPLICATION_JSON));
                    last = event.seq();
                    if (isLast.test(event)) {
                        emitter.complete();
                        return;
                    }
                }
                if (batch.size() == BATCH) {
                    continue;
                }
                if (!Instant.now().isBefore(nextKeepAlive)) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    nextKeepAlive = Instant.now().plus(properties.keepAlive());
                }
                events.awaitAppend(streamId, last, properties.followPoll());
            }
            emitter.complete();
        } catch (IOException | IllegalStateException e) {
            // The client disconnected or the response was closed: a normal end, nothing left to do.
            log.debug("SSE stream {} ended by the client: {}", streamId, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endQuietly(streamId, emitter::complete);
        } catch (DataAccessException | TransactionException e) {
            // A busy or unreachable database: end the response properly rather than cut it; the
            // client resumes with Last-Event-ID, as after any end, and misses nothing.
            log.info("SSE stream {} ended early, the database is busy or down: {}", streamId, e.toString());
            endQuietly(streamId, emitter::complete);
        } catch (RuntimeException e) {
            log.warn("SSE stream {} failed: {}", streamId, e.toString());
            endQuietly(streamId, () -> emitter.completeWithError(e));
        }
    }

    /**
     * Ends the response unless the client already left: then the server has recycled it and ending
     * it throws, on this thread of its own, where nobody would catch it.
     */
    private static void endQuietly(UUID streamId, Runnable end) {
        try {
            end.run();
        } catch (IllegalStateException gone) {
            log.debug("SSE stream {} was already closed by the client: {}", streamId, gone.toString());
        }
    }

    private boolean endsWith(UUID streamId, long end, Predicate<StoredEvent> isLast) {
        return events.readAfter(streamId, end - 1, 1).stream().anyMatch(isLast);
    }

    /** Parses a {@code Last-Event-ID}; anything that is not a non-negative number means "from the start". */
    public static long parseLastEventId(String header) {
        try {
            return Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
