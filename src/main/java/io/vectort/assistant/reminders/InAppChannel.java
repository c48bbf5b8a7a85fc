package io.vectort.assistant.reminders;

import org.springframework.stereotype.Component;

/** Delivers nudges as in-app notifications, which the web app lists and the user acknowledges. */
@Component
class InAppChannel implements ReminderChannel {

    private final InAppNotifications notifications;

    InAppChannel(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "in-app";
    }

    @Override
    public void deliver(Nudge nudge) {
        notifications.record(nudge);
    }
}
