package io.vectort.assistant.agent.tools;

import io.vectort.assistant.reminders.AssistantReminders;
import io.vectort.assistant.reminders.InAppNotifications;
import io.vectort.assistant.reminders.Reminder;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Reminders as the model sees them, and reminders as the model names them. */
final class ReminderJson {

    private ReminderJson() {}

    static ObjectNode of(Reminder reminder, ZonedDateTime now) {
        ObjectNode node = ToolJson.object()
                .put("id", reminder.id().toString())
                .put("text", reminder.text())
                .put("status", reminder.status().name().toLowerCase(Locale.ROOT));
        if (reminder.fireAt() != null) {
            node.put("next", ToolJson.local(reminder.fireAt(), now));
        }
        if (reminder.rrule() != null) {
            node.put("repeats", reminder.rrule());
        }
        return node;
    }

    /**
     * The active reminder a reference names: its id or words of its text; none named means the one
     * that nudged last and is not acknowledged yet ("snooze it").
     */
    static Reminder find(
            AssistantReminders reminders, InAppNotifications notifications, UUID userId, @Nullable String reference) {
        if (reference == null || reference.isBlank()) {
            return notifications
                    .lastUnacknowledgedReminder(userId)
                    .map(id -> reminders.get(userId, id))
                    .orElseThrow(() ->
                            new ToolArgumentException("no reminder nudged recently; name one (call list_reminders)"));
        }
        String ref = reference.strip().toLowerCase(Locale.ROOT);
        List<Reminder> active = reminders.list(userId, false);
        Optional<Reminder> byId =
                active.stream().filter(r -> r.id().toString().equals(ref)).findFirst();
        return byId.or(() -> active.stream()
                        .filter(r -> r.text().toLowerCase(Locale.ROOT).contains(ref))
                        .findFirst())
                .orElseThrow(() -> new ToolArgumentException(
                        "no active reminder matches \"" + reference + "\"; call list_reminders"));
    }
}
