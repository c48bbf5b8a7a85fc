package io.vectort.identity;

import io.vectort.jobs.RecurringJob;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the session tables small: every refresh adds a token row (about a hundred a day for a
 * browser left open), so expired tokens go after a day's grace, ended sessions after
 * {@link #ENDED_KEPT} (long enough to show in an investigation alongside the audit log), and
 * failed-attempt counters once they no longer count.
 */
@Component
class SessionCleanup implements RecurringJob {

    static final Duration ENDED_KEPT = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final SignInThrottleProperties throttle;
    private final Clock clock;

    SessionCleanup(JdbcClient jdbc, SignInThrottleProperties throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = Clock.systemUTC();
    }

    @Override
    public String name() {
        return "session-cleanup";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        long tokens = inBatches("""
                delete from refresh_tokens where id in (
                    select id from refresh_tokens where expires_at < :cutoff limit :batch)""", now.minus(Duration.ofDays(1)));
        long sessions = inBatches("""
                delete from sessions where id in (
                    select s.id from sessions s
                    where coalesce(s.revoked_at, s.last_used_at) < :cutoff
                      and not exists (select 1 from refresh_tokens t
                                      where t.family_id = s.id and t.status = 'active' and t.expires_at > now())
                    limit :batch)""", now.minus(ENDED_KEPT));
        long attempts = inBatches("""
                delete from sign_in_attempts where key in (
                    select key from sign_in_attempts
                    where last_failed_at < :cutoff and (blocked_until is null or blocked_until < now())
                    limit :batch)""", now.minus(throttle.forgetAfter()));
        if (tokens + sessions + attempts > 0) {
            log.info(
                    "Deleted {} expired refresh tokens, {} ended sessions and {} stale sign-in counters",
                    tokens,
                    sessions,
                    attempts);
        }
    }

    private long inBatches(String sql, Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql)
                    .param("cutoff", Timestamp.from(cutoff))
                    .param("batch", BATCH)
                    .update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
