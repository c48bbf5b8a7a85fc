package io.vectort.assistant.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a feed shows, read with read-only SQL scoped to one user: active reminders, then open tasks
 * that have a due date or time. Cancelled and done reminders and done tasks stay out.
 */
@Component
class FeedItems {

    /** Calendar apps choke on huge feeds and nobody reads thousands of entries: a bound per feed. */
    static final int MAX_ITEMS = 2_000;

    private final JdbcClient jdbc;

    FeedItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot (a read-only transaction) so a reminder and a task are read at the same moment. */
    @Transactional(readOnly = true)
    Items of(UUID userId) {
        List<FeedReminder> reminders = jdbc.sql("""
                        select id, text, rrule, time_zone, starts_local, fire_at, snoozed_until
                        from assistant_reminders where user_id = :user and status = 'active'
                        order by fire_at, id limit :limit""")
                .param("user", userId)
                .param("limit", MAX_ITEMS)
                .query(FeedItems::reminder)
                .list();
        List<FeedTask> tasks = jdbc.sql("""
                        select id, title, notes, due_at, due_date from assistant_tasks
                        where user_id = :user and done_at is null and (due_at is not null or due_date is not null)
                        order by coalesce(due_at, due_date::timestamptz), position, id limit :limit""")
                .param("user", userId)
                .param("limit", MAX_ITEMS - reminders.size())
                .query(FeedItems::task)
                .list();
        return new Items(reminders, tasks);
    }

    private static FeedReminder reminder(ResultSet rs, int row) throws SQLException {
        return new FeedReminder(
                rs.getObject("id", UUID.class),
                rs.getString("text"),
                rs.getString("rrule"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getObject("starts_local", LocalDateTime.class),
                instant(rs.getTimestamp("fire_at")),
                instant(rs.getTimestamp("snoozed_until")));
    }

    private static FeedTask task(ResultSet rs, int row) throws SQLException {
        return new FeedTask(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("notes"),
                instant(rs.getTimestamp("due_at")),
                rs.getObject("due_date", LocalDate.class));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Items(List<FeedReminder> reminders, List<FeedTask> tasks) {}

    /**
     * An active reminder: its first occurrence {@code startsLocal} in {@code zone}, repeating by
     * {@code rrule}; {@code fireAt} is when it is next delivered (the snooze time when snoozed).
     */
    record FeedReminder(
            UUID id,
            String text,
            @Nullable String rrule,
            ZoneId zone,
            LocalDateTime startsLocal,
            @Nullable Instant fireAt,
            @Nullable Instant snoozedUntil) {}

    /** An open task due at an instant or on a whole day (exactly one of the two). */
    record FeedTask(
            UUID id,
            String title,
            String notes,
            @Nullable Instant dueAt,
            @Nullable LocalDate dueDate) {}
}
