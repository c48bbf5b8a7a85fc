package io.vectort.generation.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The generations running on this node and their cancellation state. A cancel on this node stops
 * the run at once; a cancel made on another node is seen at the next database check.
 */
@Component
class RunningGenerations {

    private final Map<UUID, Token> running = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    Token register(UUID generationId, Duration timeout, Duration checkInterval, Supplier<Boolean> cancelledInDatabase) {
        Token token = new Token(clock, clock.instant().plus(timeout), checkInterval, cancelledInDatabase);
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

    /** Cancellation and deadline of one run. */
    static final class Token {
        private final Clock clock;
        private final Instant deadline;
        private final Duration checkInterval;
        private final Supplier<Boolean> cancelledInDatabase;
        private volatile boolean cancelled;
        private volatile boolean timedOut;
        private volatile Instant nextCheck;

        private Token(Clock clock, Instant deadline, Duration checkInterval, Supplier<Boolean> cancelledInDatabase) {
            this.clock = clock;
            this.deadline = deadline;
            this.checkInterval = checkInterval;
            this.cancelledInDatabase = cancelledInDatabase;
            this.nextCheck = clock.instant().plus(checkInterval);
        }

        void cancel() {
            cancelled = true;
        }

        /** True once the run must stop: cancelled anywhere, or past its deadline. */
        boolean stopRequested() {
            if (cancelled || timedOut) {
                return true;
            }
            Instant now = clock.instant();
            if (now.isAfter(deadline)) {
                timedOut = true;
                return true;
            }
            if (now.isAfter(nextCheck)) {
                nextCheck = now.plus(checkInterval);
                if (cancelledInDatabase.get()) {
                    cancelled = true;
                }
            }
            return cancelled;
        }

        boolean timedOut() {
            return timedOut;
        }
    }
}
