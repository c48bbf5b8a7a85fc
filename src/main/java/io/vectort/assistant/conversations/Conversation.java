package io.vectort.assistant.conversations;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of a user's conversations with the Assistant.
 *
 * @param model the model or alias its replies ask the gateway for; null for the Assistant's default
 */
public record Conversation(UUID id, String title, @Nullable String model, Instant createdAt, Instant updatedAt) {}
