package io.vectort.assistant.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' calendar feeds: at most one per user, found by the SHA-256 of its URL's token. Issuing a
 * feed replaces the user's previous one in the same row, so the old URL stops working with the
 * same statement that makes the new one work.
 */
@Service
public class CalendarFeeds {

    /** How stale {@code last_fetched_at} may get: calendar apps poll often, a write per poll is waste. */
    static final Duration FETCH_RECORD_INTERVAL = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's feed, if they have one (never its token: only the hash is kept). */
    public Optional<CalendarFeed> find(UUID userId) {
        return jdbc.sql("select created_at, last_fetched_at from assistant_calendar_feeds where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new CalendarFeed(
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_fetched_at"))))
                .optional();
    }

    /** Creates the user's feed, or replaces it: the previous token stops working at once. */
    @Transactional
    public IssuedFeed issue(UUID userId) {
        String token = FeedToken.generate();
        Instant createdAt = jdbc.sql("""
                        insert into assistant_calendar_feeds (user_id, token_hash, created_at)
                        values (:user, :hash, now())
                        on conflict (user_id) do update
                            set token_hash = excluded.token_hash, created_at = excluded.created_at, last_fetched_at = null
                        returning created_at""")
                .param("user", userId)
                .param("hash", FeedToken.hash(token))
                .query((rs, n) -> rs.getTimestamp("created_at").toInstant())
                .single();
        return new IssuedFeed(token, createdAt);
    }

    /** Deletes the user's feed; its URL stops working. Nothing happens when there is none. */
    @Transactional
    public void revoke(UUID userId) {
        jdbc.sql("delete from assistant_calendar_feeds where user_id = :user")
                .param("user", userId)
                .update();
    }

    /**
     * The owner of the feed whose token is {@code token}, recording the fetch when the last one
     * recorded is over a minute old. Empty for a malformed, unknown or revoked token alike.
     */
    public Optional<UUID> fetchedBy(String token) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        byte[] hash = FeedToken.hash(token);
        Optional<FeedRow> row = jdbc.sql("""
                        select user_id, last_fetched_at, now() as now
                        from assistant_calendar_feeds where token_hash = :hash""")
                .param("hash", hash)
                .query((rs, n) -> new FeedRow(
                        rs.getObject("user_id", UUID.class),
                        instant(rs.getTimestamp("last_fetched_at")),
                        rs.getTimestamp("now").toInstant()))
                .optional();
        row.filter(FeedRow::fetchWorthRecording).ifPresent(feed -> recordFetch(hash));
        return row.map(FeedRow::userId);
    }

    private void recordFetch(byte[] hash) {
        // The condition is repeated so that concurrent fetches write once between them.
        jdbc.sql("""
                        update assistant_calendar_feeds set last_fetched_at = now()
                        where token_hash = :hash
                          and (last_fetched_at is null or last_fetched_at < now() - make_interval(secs => :seconds))""")
                .param("hash", hash)
                .param("seconds", (double) FETCH_RECORD_INTERVAL.toSeconds())
                .update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record FeedRow(UUID userId, @Nullable Instant lastFetchedAt, Instant now) {
        boolean fetchWorthRecording() {
            return lastFetchedAt == null || lastFetchedAt.isBefore(now.minus(FETCH_RECORD_INTERVAL));
        }
    }

    /** A user's feed as they may see it. */
    public record CalendarFeed(Instant createdAt, @Nullable Instant lastFetchedAt) {}

    /** A newly issued feed: its token goes into the URL handed to the user once, never into a log. */
    public record IssuedFeed(String token, Instant createdAt) {}
}
