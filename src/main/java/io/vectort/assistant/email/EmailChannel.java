package io.vectort.assistant.email;

import io.vectort.assistant.reminders.Nudge;
import io.vectort.assistant.reminders.ReminderChannel;
import io.vectort.assistant.settings.AssistantSettingsStore;
import org.springframework.stereotype.Component;

/**
 * Reminders by email, for users who chose it and verified their address, when SMTP is configured.
 * Runs inside the firing transaction, so it only queues the email (see {@link EmailOutbox}).
 */
@Component
class EmailChannel implements ReminderChannel {

    private final AssistantSettingsStore settings;
    private final EmailAvailability availability;
    private final EmailOutbox outbox;

    EmailChannel(AssistantSettingsStore settings, EmailAvailability availability, EmailOutbox outbox) {
        this.settings = settings;
        this.availability = availability;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void deliver(Nudge nudge) {
        if (availability.reaches(nudge.userId(), settings.get(nudge.userId()))) {
            outbox.reminder(nudge.userId(), nudge.reminderId(), nudge.occurrenceAt(), nudge.escalationStep());
        }
    }
}
