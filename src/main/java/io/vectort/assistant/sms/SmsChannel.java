package io.vectort.assistant.sms;

import io.vectort.assistant.reminders.Nudge;
import io.vectort.assistant.reminders.ReminderChannel;
import io.vectort.assistant.settings.AssistantSettings;
import io.vectort.assistant.settings.AssistantSettingsStore;
import org.springframework.stereotype.Component;

/**
 * Reminders by SMS, for users who chose it and verified their phone. Runs inside the firing
 * transaction (which has already waited out quiet hours), so it only queues the text; the reference
 * (the reminder's occurrence and step) makes a second firing of the same nudge queue nothing.
 */
@Component
class SmsChannel implements ReminderChannel {

    private final AssistantSettingsStore settings;
    private final SmsPhones phones;
    private final SmsOutbox outbox;

    SmsChannel(AssistantSettingsStore settings, SmsPhones phones, SmsOutbox outbox) {
        this.settings = settings;
        this.phones = phones;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public void deliver(Nudge nudge) {
        AssistantSettings userSettings = settings.get(nudge.userId());
        if (!userSettings.wantsChannel(name()) || !phones.reachable(nudge.userId())) {
            return;
        }
        outbox.toUser(
                nudge.userId(),
                "reminder",
                "reminder:" + nudge.reminderId() + ":" + nudge.occurrenceAt().toEpochMilli() + ":"
                        + nudge.escalationStep(),
                SmsTexts.reminder(userSettings.languageOrEnglish(), nudge.text()),
                null);
    }
}
