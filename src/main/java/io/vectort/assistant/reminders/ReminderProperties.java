package io.vectort.assistant.reminders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reminder settings, prefix {@code vectort.assistant}.
 *
 * @param escalationAfter a notification not acknowledged this long gets one second, gentler nudge
 * @param maxActiveRemindersPerUser active reminders one user may have (each holds a scheduled job)
 * @param notificationRetention delivered nudges older than this are deleted (they are history, not
 *     tasks: the reminder itself stays)
 */
@Validated
@ConfigurationProperties("vectort.assistant")
public record ReminderProperties(
        @DefaultValue("15m") Duration escalationAfter,
        @DefaultValue("1000") @Min(1) @Max(1_000_000) int maxActiveRemindersPerUser,
        @DefaultValue("90d") Duration notificationRetention) {

    public ReminderProperties {
        if (escalationAfter.isNegative() || escalationAfter.isZero()) {
            throw new IllegalArgumentException("vectort.assistant.escalation-after must be positive, e.g. 15m");
        }
        if (notificationRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException(
                    "vectort.assistant.notification-retention must be at least a day, e.g. 90d");
        }
    }
}
