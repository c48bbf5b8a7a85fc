/**
 * HTTP endpoints of the Assistant under {@code /api/v1/assistant}: tasks, reminders, in-app
 * notifications and settings. Every id is the caller's own; another user's answers 404.
 */
@NullMarked
package io.vectort.assistant.web;

import org.jspecify.annotations.NullMarked;
