package io.vectort.assistant.agent.tools;

import java.time.ZonedDateTime;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Whose turn a tool call belongs to: every tool reads and writes this user's data only.
 *
 * @param now the current time in the user's time zone
 * @param message the user's message being answered (the source of remembered facts)
 * @param explicitRemember true when the user asked in so many words to remember something, so a
 *     fact the model stores is the user's ({@code explicit}) rather than the model's reading
 *     ({@code extracted})
 * @param replyCharacters the longest reply the channel carries well (a few SMS segments); empty
 *     when the reply is read on a screen
 */
public record ToolScope(
        UUID userId, ZonedDateTime now, String message, boolean explicitRemember, OptionalInt replyCharacters) {

    public ToolScope(UUID userId, ZonedDateTime now, String message, boolean explicitRemember) {
        this(userId, now, message, explicitRemember, OptionalInt.empty());
    }
}
