package io.vectort.assistant.reminders;

/** Where a reminder is in its life. */
public enum ReminderStatus {
    /** It has a next firing scheduled. */
    ACTIVE,
    /** A one-off that fired, or a series that ended; a snooze makes it active again. */
    DONE,
    /** Stopped by the user; nothing fires any more. */
    CANCELLED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ReminderStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
