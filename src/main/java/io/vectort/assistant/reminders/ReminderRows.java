package io.vectort.assistant.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Maps {@code assistant_reminders} rows. */
final class ReminderRows {

    private ReminderRows() {}

    static Reminder map(ResultSet rs, int row) throws SQLException {
        return new Reminder(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("text"),
                rs.getString("rrule"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getObject("starts_local", LocalDateTime.class),
                instant(rs.getTimestamp("next_at")),
                instant(rs.getTimestamp("fire_at")),
                instant(rs.getTimestamp("snoozed_until")),
                ReminderStatus.fromColumn(rs.getString("status")),
                rs.getInt("schedule_version"),
                instant(rs.getTimestamp("last_fired_at")),
                rs.getTimestamp("created_at").toInstant());
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
