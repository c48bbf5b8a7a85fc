/**
 * Per-user Assistant settings: the time zone local times are read in, and quiet hours during which
 * no reminder is delivered. A user without a row has the defaults (UTC, no quiet hours).
 */
@NullMarked
package io.vectort.assistant.settings;

import org.jspecify.annotations.NullMarked;
