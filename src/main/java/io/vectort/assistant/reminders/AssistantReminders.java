package io.vectort.assistant.reminders;

import io.vectort.assistant.settings.AssistantSettingsStore;
import io.vectort.shared.ConflictException;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One user's reminders: create, list, snooze, cancel. Every method takes the user's id and sees
 * only that user's rows. The REST API and the Assistant's conversation commands (AddReminder,
 * Snooze) both call it; firing is {@link ReminderFiring}'s.
 */
@Service
public class AssistantReminders {

    /** A one-off reminder set a little in the past (a slow client, a typed "now") fires at once. */
    static final Duration PAST_GRACE = Duration.ofMinutes(1);

    static final Duration LONGEST_SNOOZE = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final ReminderJobs jobs;
    private final AssistantSettingsStore settings;
    private final InAppNotifications notifications;
    private final ReminderProperties properties;

    AssistantReminders(
            JdbcClient jdbc,
            ReminderJobs jobs,
            AssistantSettingsStore settings,
            InAppNotifications notifications,
            ReminderProperties properties) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.settings = settings;
        this.notifications = notifications;
        this.properties = properties;
    }

    /**
     * Creates a reminder whose first occurrence is the wall-clock time {@code startsLocal} in {@code
     * zone}, repeating by {@code rrule} when present, and schedules its first firing.
     */
    @Transactional
    public Reminder create(UUID userId, String text, LocalDateTime startsLocal, ZoneId zone, Optional<String> rrule) {
        String cleanText = ReminderText.valid(text);
        Optional<Recurrence> recurrence = rrule.map(Recurrence::parse);
        LocalDateTime start = startsLocal.truncatedTo(ChronoUnit.SECONDS);
        Instant now = Instant.now();
        Instant next = recurrence.isPresent()
                ? recurrence
                        .get()
                        .nextAfter(start, zone, now.minusSeconds(1))
                        .orElseThrow(() -> new InvalidRequestException(
                                "rrule", "no-future-occurrence", "has no occurrence after now"))
                : firstOccurrence(start, zone, now);
        requireRoomFor(userId);
        UUID id = Ids.newId();
        Instant fireAt = settings.get(userId).deliveryTime(next);
        Reminder created = jdbc.sql("""
                        insert into assistant_reminders
                            (id, user_id, text, rrule, time_zone, starts_local, next_at, fire_at, status, schedule_version)
                        values (:id, :user, :text, :rrule, :zone, :start, :next, :fire, 'active', 1)
                        returning *""")
                .param("id", id)
                .param("user", userId)
                .param("text", cleanText)
                .param("rrule", recurrence.map(Recurrence::text).orElse(null))
                .param("zone", zone.getId())
                .param("start", start)
                .param("next", ReminderRows.timestamp(next))
                .param("fire", ReminderRows.timestamp(fireAt))
                .query(ReminderRows::map)
                .single();
        jobs.scheduleFiring(id, 1, fireAt);
        return created;
    }

    /** Active reminders by firing time, then (when asked) done and cancelled ones, newest first. */
    public List<Reminder> list(UUID userId, boolean includeFinished) {
        return jdbc.sql("""
                        select * from assistant_reminders where user_id = :user and (:all or status = 'active')
                        order by status <> 'active', fire_at, created_at desc limit 1000""")
                .param("user", userId)
                .param("all", includeFinished)
                .query(ReminderRows::map)
                .list();
    }

    public Reminder get(UUID userId, UUID reminderId) {
        return jdbc.sql("select * from assistant_reminders where id = :id and user_id = :user")
                .param("id", reminderId)
                .param("user", userId)
                .query(ReminderRows::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Reminder"));
    }

    /**
     * Delivers the reminder (again) at {@code until} — the user's explicit choice, so quiet hours do
     * not move it. A recurring series then goes on with its next occurrence after that time; a
     * one-off that already fired becomes active again. Open notifications count as seen.
     */
    @Transactional
    public Reminder snooze(UUID userId, UUID reminderId, Instant until) {
        Instant now = Instant.now();
        if (!until.isAfter(now) || until.isAfter(now.plus(LONGEST_SNOOZE))) {
            throw new InvalidRequestException(
                    "until",
                    "out-of-range",
                    "must be in the future and at most " + LONGEST_SNOOZE.toDays() + " days away");
        }
        Instant at = until.truncatedTo(ChronoUnit.SECONDS);
        Reminder reminder = lock(userId, reminderId);
        if (reminder.status() == ReminderStatus.CANCELLED) {
            throw new ConflictException("reminder-cancelled", "a cancelled reminder cannot be snoozed");
        }
        int version = reminder.scheduleVersion() + 1;
        Reminder snoozed = jdbc.sql("""
                        update assistant_reminders set snoozed_until = :at, fire_at = :at, status = 'active',
                               schedule_version = :version, updated_at = now()
                        where id = :id returning *""")
                .param("at", ReminderRows.timestamp(at))
                .param("version", version)
                .param("id", reminderId)
                .query(ReminderRows::map)
                .single();
        jobs.scheduleFiring(reminderId, version, at);
        notifications.acknowledgeAll(reminderId);
        return snoozed;
    }

    /** Stops the reminder for good; its pending job finds a stale version and does nothing. */
    @Transactional
    public Reminder cancel(UUID userId, UUID reminderId) {
        Reminder cancelled = jdbc.sql("""
                        update assistant_reminders set status = 'cancelled', next_at = null, fire_at = null,
                               snoozed_until = null, schedule_version = schedule_version + 1, updated_at = now()
                        where id = :id and user_id = :user returning *""")
                .param("id", reminderId)
                .param("user", userId)
                .query(ReminderRows::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Reminder"));
        notifications.acknowledgeAll(reminderId);
        return cancelled;
    }

    private Reminder lock(UUID userId, UUID reminderId) {
        return jdbc.sql("select * from assistant_reminders where id = :id and user_id = :user for update")
                .param("id", reminderId)
                .param("user", userId)
                .query(ReminderRows::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Reminder"));
    }

    private static Instant firstOccurrence(LocalDateTime start, ZoneId zone, Instant now) {
        Instant at = ZonedDateTime.ofLocal(start, zone, null).toInstant();
        if (at.isBefore(now.minus(PAST_GRACE))) {
            throw new InvalidRequestException("at", "in-the-past", "must be in the future");
        }
        return at;
    }

    private void requireRoomFor(UUID userId) {
        // Serialises creations per user, so that concurrent requests cannot pass the bound together.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "assistant-reminders:" + userId)
                .query((rs, n) -> 1)
                .list();
        long active = jdbc.sql("select count(*) from assistant_reminders where user_id = :user and status = 'active'")
                .param("user", userId)
                .query(Long.class)
                .single();
        if (active >= properties.maxActiveRemindersPerUser()) {
            throw new ConflictException(
                    "too-many-reminders",
                    "at most " + properties.maxActiveRemindersPerUser() + " active reminders; cancel some first");
        }
    }
}
