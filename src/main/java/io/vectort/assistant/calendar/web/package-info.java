/**
 * HTTP endpoints of the Assistant's calendar feed: managing one's feed under {@code
 * /api/v1/assistant/calendar-feed}, and the feed itself at {@code /api/v1/assistant/calendar.ics},
 * which calendar apps fetch with the token in its URL instead of a bearer token.
 */
@NullMarked
package io.vectort.assistant.calendar.web;

import org.jspecify.annotations.NullMarked;
