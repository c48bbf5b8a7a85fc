/**
 * Reminders: one-off and recurring (RFC 5545 RRULE, computed in the reminder's time zone), fired
 * durably on the job engine, deferred out of the user's quiet hours, snoozed, cancelled, and
 * escalated once when nobody acknowledges them. Deliveries go through {@link
 * io.vectort.assistant.reminders.ReminderChannel}s; the in-app one writes the notifications the
 * web app shows.
 */
@NullMarked
package io.vectort.assistant.reminders;

import org.jspecify.annotations.NullMarked;
