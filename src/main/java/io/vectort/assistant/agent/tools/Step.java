package io.vectort.assistant.agent.tools;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one tool call did, as the user sees it ("Reminder created — stretch · 16:42").
 *
 * @param tool the tool's name
 * @param ok false when the call was refused (bad arguments, nothing found, a limit)
 * @param title the item concerned: a task's title, a reminder's text, a fact
 * @param at the moment concerned (a reminder's time, a due time)
 * @param error why it was refused, in a few words
 */
public record Step(
        String tool,
        boolean ok,
        @Nullable String title,
        @Nullable Instant at,
        @Nullable String error) {

    public static Step done(String tool, @Nullable String title, @Nullable Instant at) {
        return new Step(tool, true, title, at, null);
    }

    public static Step failed(String tool, String error) {
        return new Step(tool, false, null, null, error);
    }
}
