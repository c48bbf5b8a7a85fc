/**
 * The Assistant's calendar feed: a user's active reminders and open, dated tasks as an iCalendar
 * (RFC 5545) subscription that Google Calendar, Apple Calendar or Outlook fetch on their own
 * schedule. The feed's URL carries a bearer-like secret (only its SHA-256 is stored); one feed per
 * user, and replacing or deleting it revokes the old URL at once. It reads reminders and tasks with
 * read-only SQL scoped to the feed's owner and never writes them.
 */
@NullMarked
package io.vectort.assistant.calendar;

import org.jspecify.annotations.NullMarked;
