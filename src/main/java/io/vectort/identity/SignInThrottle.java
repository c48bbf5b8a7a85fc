package io.vectort.identity;

import io.vectort.shared.RateLimitExceededException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows guessing down: after a few failures on one key, each further attempt waits twice as long as
 * the one before, and attempts during the wait are refused (429 with {@code Retry-After}) before
 * any password is hashed. An attempt is counted <em>before</em> it is checked, atomically, so a
 * burst of parallel guesses gets exactly the free attempts and no more; a success takes its count
 * back. The counts live in PostgreSQL, which every node shares.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final SignInThrottleProperties properties;
    private final Clock clock;

    @Autowired
    SignInThrottle(JdbcClient jdbc, SignInThrottleProperties properties) {
        this(jdbc, properties, Clock.systemUTC());
    }

    SignInThrottle(JdbcClient jdbc, SignInThrottleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The keys a password sign-in is counted under. */
    public static List<Key> forPassword(String email, String clientAddress) {
        return List.of(
                new Key("account:" + email.trim().toLowerCase(Locale.ROOT), Kind.ACCOUNT),
                new Key("address:" + clientAddress, Kind.ADDRESS));
    }

    /** The key second-factor codes of one user are counted under. */
    public static List<Key> forSecondFactor(UUID userId) {
        return List.of(new Key("mfa:" + userId, Kind.ACCOUNT));
    }

    /**
     * Counts an attempt on every key, or refuses it when one of them is waiting. Its own
     * transaction: the count stands whatever the caller does next.
     *
     * @return the failures counted before this attempt on the first key (for the audit log)
     * @throws RateLimitExceededException while a key waits
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int begin(List<Key> keys) {
        Instant now = clock.instant();
        int before = 0;
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            Counted counted = count(key, now);
            int free = key.kind() == Kind.ACCOUNT ? properties.freeFailures() : properties.freeFailuresPerAddress();
            Instant blockedUntil = counted.blockedUntil();
            if (blockedUntil != null && blockedUntil.isAfter(now)) {
                // Refused attempts are not counted, and earlier keys give their count back.
                keys.subList(0, i).forEach(this::giveBack);
                throw refused(Duration.between(now, blockedUntil), free);
            }
            if (i == 0) {
                before = counted.failures() - 1;
            }
            if (counted.failures() >= free) {
                // The last free attempt (and each one after) makes the next one wait, so a burst
                // in parallel gets exactly the free attempts.
                setBlock(key, now.plus(backoff(counted.failures() - free + 1)));
            }
        }
        return before;
    }

    /** The attempt succeeded: the account starts afresh; the address takes back this attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(List<Key> keys) {
        for (Key key : keys) {
            if (key.kind() == Kind.ACCOUNT) {
                jdbc.sql("delete from sign_in_attempts where key = :key")
                        .param("key", key.value())
                        .update();
            } else {
                // Not a guess after all: take it back, and lift a wait this very attempt started.
                jdbc.sql("""
                                update sign_in_attempts
                                set failures = greatest(failures - 1, 0),
                                    blocked_until = case when failures - 1 < :free then null else blocked_until end
                                where key = :key""")
                        .param("key", key.value())
                        .param("free", properties.freeFailuresPerAddress())
                        .update();
            }
        }
    }

    Duration backoff(int overFree) {
        // 1, 2, 4, ... times the base, capped; the shift is bounded so it cannot overflow.
        Duration wait = properties.backoff().multipliedBy(1L << Math.min(overFree - 1, 30));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    /** Adds one failure (forgetting stale ones) unless the key is waiting; returns the row after. */
    private Counted count(Key key, Instant now) {
        Timestamp nowTs = Timestamp.from(now);
        Timestamp staleBefore = Timestamp.from(now.minus(properties.forgetAfter()));
        return jdbc.sql("""
                        insert into sign_in_attempts (key, failures, last_failed_at)
                        values (:key, 1, :now)
                        on conflict (key) do update set
                            failures = case
                                when sign_in_attempts.blocked_until > :now then sign_in_attempts.failures
                                when sign_in_attempts.last_failed_at < :stale then 1
                                else sign_in_attempts.failures + 1 end,
                            last_failed_at = case
                                when sign_in_attempts.blocked_until > :now then sign_in_attempts.last_failed_at
                                else :now end
                        returning failures, blocked_until""")
                .param("key", key.value())
                .param("now", nowTs)
                .param("stale", staleBefore)
                .query((rs, n) -> new Counted(
                        rs.getInt("failures"),
                        rs.getTimestamp("blocked_until") == null
                                ? null
                                : rs.getTimestamp("blocked_until").toInstant()))
                .single();
    }

    private void setBlock(Key key, Instant until) {
        jdbc.sql("update sign_in_attempts set blocked_until = :until where key = :key")
                .param("key", key.value())
                .param("until", Timestamp.from(until))
                .update();
    }

    private void giveBack(Key key) {
        jdbc.sql("update sign_in_attempts set failures = greatest(failures - 1, 0) where key = :key")
                .param("key", key.value())
                .update();
    }

    private static RateLimitExceededException refused(Duration wait, int free) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new RateLimitExceededException("failed sign-in attempts", free, 0, seconds, seconds);
    }

    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    public record Key(String value, Kind kind) {}

    private record Counted(int failures, @Nullable Instant blockedUntil) {}
}
