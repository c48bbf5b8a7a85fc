/**
 * Per-user Assistant settings: the time zone local times are read in, quiet hours during which no
 * reminder is delivered, which outside channels get nudges, the language of what the Assistant
 * writes on its own, and the opt-in daily check-ins. A user without a row has the defaults (UTC, no
 * quiet hours, in-app and push, English, no check-ins).
 */
@NullMarked
package io.vectort.assistant.settings;

import org.jspecify.annotations.NullMarked;
