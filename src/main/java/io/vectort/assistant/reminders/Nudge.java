package io.vectort.assistant.reminders;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of a reminder to its user. {@code occurrenceAt} (the occurrence or snooze time) and
 * {@code escalationStep} (0 first, 1 for the single gentler repeat) identify it: a channel receiving
 * the same nudge twice must deliver it once.
 */
public record Nudge(UUID userId, UUID reminderId, String text, Instant occurrenceAt, int escalationStep) {}
