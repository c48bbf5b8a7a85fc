package io.vectort.assistant.reminders;

import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The user's in-app notifications: written by {@link InAppChannel}, listed and acknowledged by the
 * user. Acknowledging one acknowledges every nudge of the same occurrence, so that the escalation
 * knows the user has seen it.
 */
@Service
public class InAppNotifications {

    static final int MAX_LIMIT = 200;

    private final JdbcClient jdbc;

    InAppNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recent notifications, unacknowledged ones first. */
    public List<Notification> recent(UUID userId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and " + MAX_LIMIT);
        }
        return jdbc.sql("""
                        select * from assistant_notifications where user_id = :user
                        order by acknowledged_at is not null, fired_at desc, escalation_step desc limit :limit""")
                .param("user", userId)
                .param("limit", limit)
                .query(InAppNotifications::map)
                .list();
    }

    /**
     * The reminder that nudged last and is not acknowledged yet — "snooze it", "remind me later".
     * Check-ins are left out: they have no reminder to act on.
     */
    public Optional<UUID> lastUnacknowledgedReminder(UUID userId) {
        return jdbc.sql("""
                        select reminder_id from assistant_notifications
                        where user_id = :user and acknowledged_at is null and reminder_id is not null
                        order by fired_at desc, escalation_step desc limit 1""").param("user", userId).query(UUID.class).optional();
    }

    public Notification acknowledge(UUID userId, UUID notificationId) {
        Notification notification = jdbc.sql("select * from assistant_notifications where id = :id and user_id = :user")
                .param("id", notificationId)
                .param("user", userId)
                .query(InAppNotifications::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Notification"));
        if (notification.reminderId() == null) {
            jdbc.sql("""
                            update assistant_notifications set acknowledged_at = coalesce(acknowledged_at, now())
                            where id = :id""").param("id", notificationId).update();
        } else {
            jdbc.sql("""
                            update assistant_notifications set acknowledged_at = coalesce(acknowledged_at, now())
                            where reminder_id = :reminder and occurrence_at = :occurrence""")
                    .param("reminder", notification.reminderId())
                    .param("occurrence", Timestamp.from(notification.occurrenceAt()))
                    .update();
        }
        return jdbc.sql("select * from assistant_notifications where id = :id")
                .param("id", notificationId)
                .query(InAppNotifications::map)
                .single();
    }

    /** Marks every open notification of a reminder seen: the user acted on it (snooze, cancel). */
    void acknowledgeAll(UUID reminderId) {
        jdbc.sql("""
                        update assistant_notifications set acknowledged_at = now()
                        where reminder_id = :reminder and acknowledged_at is null""").param("reminder", reminderId).update();
    }

    /** True when the first nudge of this occurrence was written and nobody has acknowledged it. */
    boolean awaitsAcknowledgement(UUID reminderId, Instant occurrenceAt) {
        return jdbc.sql("""
                        select count(*) from assistant_notifications
                        where reminder_id = :reminder and occurrence_at = :occurrence and escalation_step = 0
                          and acknowledged_at is null""")
                        .param("reminder", reminderId)
                        .param("occurrence", Timestamp.from(occurrenceAt))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Writes the nudge unless it was already written: a repeated firing stays one notification. */
    void record(Nudge nudge) {
        jdbc.sql("""
                        insert into assistant_notifications (id, user_id, reminder_id, text, occurrence_at, escalation_step)
                        values (:id, :user, :reminder, :text, :occurrence, :step)
                        on conflict (reminder_id, occurrence_at, escalation_step) do nothing""")
                .param("id", Ids.newId())
                .param("user", nudge.userId())
                .param("reminder", nudge.reminderId())
                .param("text", nudge.text())
                .param("occurrence", Timestamp.from(nudge.occurrenceAt()))
                .param("step", nudge.escalationStep())
                .update();
    }

    /**
     * Writes a daily check-in ({@code morning_plan}, {@code evening_review}) for {@code occurrenceAt}
     * unless it was already written; true when this call wrote it.
     */
    public boolean recordCheckIn(UUID userId, String kind, String text, Instant occurrenceAt) {
        return jdbc.sql("""
                                insert into assistant_notifications (id, user_id, kind, text, occurrence_at)
                                values (:id, :user, :kind, :text, :occurrence)
                                on conflict (user_id, kind, occurrence_at) where reminder_id is null do nothing""")
                        .param("id", Ids.newId())
                        .param("user", userId)
                        .param("kind", kind)
                        .param("text", text)
                        .param("occurrence", Timestamp.from(occurrenceAt))
                        .update()
                == 1;
    }

    /** The check-in notification of this kind and moment, if it was written. */
    public Optional<Notification> checkIn(UUID userId, String kind, Instant occurrenceAt) {
        return jdbc.sql("""
                        select * from assistant_notifications
                        where user_id = :user and kind = :kind and occurrence_at = :occurrence and reminder_id is null""")
                .param("user", userId)
                .param("kind", kind)
                .param("occurrence", Timestamp.from(occurrenceAt))
                .query(InAppNotifications::map)
                .optional();
    }

    /** The texts of the reminders whose nudges the user acknowledged in {@code [from, to)}, once each. */
    public List<String> remindersAcknowledged(UUID userId, Instant from, Instant to) {
        return jdbc.sql("""
                        select text from assistant_notifications
                        where user_id = :user and reminder_id is not null
                          and acknowledged_at >= :from and acknowledged_at < :to
                        group by reminder_id, occurrence_at, text order by min(acknowledged_at)""")
                .param("user", userId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(String.class)
                .list();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getObject("reminder_id", UUID.class),
                rs.getString("text"),
                rs.getTimestamp("occurrence_at").toInstant(),
                rs.getInt("escalation_step"),
                rs.getTimestamp("fired_at").toInstant(),
                acknowledged == null ? null : acknowledged.toInstant());
    }
}
