/**
 * Daily planning for people who lose track: the morning plan (at most three things, today's
 * reminders, one first step) and the evening review (what got done, what is still open, how
 * tomorrow starts), as small records with a short English or French text, and the opt-in daily
 * check-ins that deliver them in the app and by email at the user's chosen times.
 */
@NullMarked
package io.vectort.assistant.planning;

import org.jspecify.annotations.NullMarked;
