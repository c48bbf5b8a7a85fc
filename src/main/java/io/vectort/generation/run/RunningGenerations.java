package io.vectort.generation.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The generations running on this node and their cancellation state. A cancel on this node stops
 * the run at once; a cancel made on another node is seen at the next database check, which asks
 * about every running generation of the node in one query (a thousand runs would otherwise ask a
 * thousand times per interval).
 */
@Component
class RunningGenerations {

    private final Map<UUID, Token> running = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final GenerationRepository generations;
    private final Duration checkInterval;
    private final AtomicReference<Instant> nextCheck;

    RunningGenerations(GenerationRepository generations, GenerationProperties properties) {
        this.generations = generations;
        this.checkInterval = properties.cancelCheckInterval();
        this.nextCheck = new AtomicReference<>(clock.instant().plus(checkInterval));
    }

    Token register(UUID generationId, Duration timeout) {
        Token token = new Token(this, clock.instant().plus(timeout));
        running.put(generationId, token);
        return token;
    }

    void unregister(UUID generationId) {
        running.remove(generationId);
    }

    void cancelLocally(UUID generationId) {
        Token token = running.get(generationId);
        if (token != null) {
            token.cancel();
        }
    }

    int count() {
        return running.size();
    }

    /** One caller per interval checks the database for everyone; the others go on at once. */
    private void checkCancellationsIfDue() {
        Instant due = nextCheck.get();
        Instant now = clock.instant();
        if (now.isBefore(due) || !nextCheck.compareAndSet(due, now.plus(checkInterval))) {
            return;
        }
        List<UUID> ids = List.copyOf(running.keySet());
        if (!ids.isEmpty()) {
            generations.cancelledAmong(ids).forEach(this::cancelLocally);
        }
    }

    /** Cancellation and deadline of one run. */
    static final class Token {
        private final RunningGenerations owner;
        private final Instant deadline;
        private volatile boolean cancelled;
        private volatile boolean timedOut;

        private Token(RunningGenerations owner, Instant deadline) {
            this.owner = owner;
            this.deadline = deadline;
        }

        void cancel() {
            cancelled = true;
        }

        /** True once the run must stop: cancelled anywhere, or past its deadline. */
        boolean stopRequested() {
            if (cancelled || timedOut) {
                return true;
            }
            if (owner.clock.instant().isAfter(deadline)) {
                timedOut = true;
                return true;
            }
            owner.checkCancellationsIfDue();
            return cancelled;
        }

        boolean timedOut() {
            return timedOut;
        }
    }
}
