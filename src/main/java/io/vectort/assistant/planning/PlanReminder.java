package io.vectort.assistant.planning;

import java.time.Instant;
import java.util.UUID;

/** A reminder in a plan: its text, when it rings, and that time as "HH:mm" in the user's zone. */
public record PlanReminder(UUID id, String text, Instant at, String localTime) {}
