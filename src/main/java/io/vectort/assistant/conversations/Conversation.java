package io.vectort.assistant.conversations;

import java.time.Instant;
import java.util.UUID;

/** One of a user's conversations with the Assistant. */
public record Conversation(UUID id, String title, Instant createdAt, Instant updatedAt) {}
