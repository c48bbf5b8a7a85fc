package io.vectort.assistant.conversations;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation: the user's, or the Assistant's reply with what it understood
 * ({@code intent}) and whether the reply came from fixed rules rather than a model ({@code notAi}).
 */
public record Message(
        UUID id,
        UUID conversationId,
        String role,
        String content,
        @Nullable String intent,
        boolean notAi,
        Instant createdAt) {}
