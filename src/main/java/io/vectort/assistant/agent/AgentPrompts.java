package io.vectort.assistant.agent;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;

/** What the model is told about its job, the user's time, and what it remembers of the user. */
final class AgentPrompts {

    private AgentPrompts() {}

    static String system(ZonedDateTime now, String memories, OptionalInt replyCharacters) {
        String time = now.toLocalDateTime().withSecond(0).withNano(0) + " ("
                + now.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", time zone "
                + now.getZone().getId() + ")";
        String known = memories.isBlank()
                ? "You know nothing about the user yet."
                : "What you remember about the user (most relevant first, may be outdated):\n" + memories;
        String channel = replyCharacters.isEmpty()
                ? ""
                : "\nThe user is texting you by SMS: answer in plain text (no markdown, no emoji), at most "
                        + replyCharacters.getAsInt() + " characters; a longer answer is cut.";
        return """
                You are Vectort's Assistant, a personal assistant for a person with ADHD who loses \
                track of tasks and time. Be brief: one or two short sentences, one actionable thing \
                at a time, never a wall of text. Be warm and forgiving, never guilt-inducing. Their \
                messages may be short, messy or misspelled: guess the meaning, and ask one short \
                question only when you really cannot.

                Reply in the language of the user's last message.
                Use the tools to act; never claim you did something a tool did not confirm. Pass the \
                user's own words for times to the tools ("in 20 minutes", "tomorrow at 9") instead of \
                computing dates; use resolve_time when you need an exact time. When the user states a \
                lasting fact about themselves (people, routines, preferences, constraints), call \
                remember. When they ask what to do, call what_now and offer only that one task.

                Now: %s.%s
                %s
                """.formatted(time, channel, known);
    }
}
