package io.vectort.assistant.conversations;

import io.vectort.assistant.agent.tools.Step;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation: the user's, or the Assistant's reply with what it understood
 * ({@code intent}) and whether the reply came from fixed rules rather than a model ({@code notAi}).
 *
 * @param model the model that wrote a reply, null for the user's messages and rule-based replies
 * @param steps the tools the model ran for a reply, in order
 */
public record Message(
        UUID id,
        UUID conversationId,
        String role,
        String content,
        @Nullable String intent,
        boolean notAi,
        @Nullable String model,
        List<Step> steps,
        Instant createdAt) {

    public Message {
        steps = List.copyOf(steps);
    }
}
