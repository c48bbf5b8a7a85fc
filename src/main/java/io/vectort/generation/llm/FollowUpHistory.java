package io.vectort.generation.llm;

import io.vectort.generation.generator.CodeRequest.PreviousTurn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The project's history as a follow-up prompt tells it, within a character budget however long the
 * project lives: the latest requests word for word (each cut to {@link #MAX_REQUEST_CHARS}), older
 * ones as a rolling summary made of what each version's generator said it did, and a count of
 * what no longer fits. Newer turns are kept first: they explain the files as they are now.
 */
final class FollowUpHistory {

    /** How many of the latest requests are quoted in full (cut to the limit below). */
    static final int RECENT_TURNS = 6;

    static final int MAX_REQUEST_CHARS = 800;
    static final int MAX_SUMMARY_CHARS = 200;

    private FollowUpHistory() {}

    static String describe(List<PreviousTurn> turns, int budgetChars) {
        if (turns.isEmpty()) {
            return "This is the project's first change request.\n";
        }
        Deque<String> recent = new ArrayDeque<>();
        Deque<String> older = new ArrayDeque<>();
        int used = 0;
        int omitted = 0;
        for (int i = turns.size() - 1; i >= 0; i--) {
            PreviousTurn turn = turns.get(i);
            boolean isRecent = turns.size() - i <= RECENT_TURNS;
            String line = isRecent ? recentLine(i + 1, turn) : olderLine(i + 1, turn);
            if (line.isEmpty() || used + line.length() > budgetChars) {
                omitted++;
                continue;
            }
            (isRecent ? recent : older).addFirst(line);
            used += line.length();
        }
        StringBuilder out = new StringBuilder();
        if (omitted > 0) {
            out.append("(").append(omitted).append(" earlier changes are not shown.)\n");
        }
        if (!older.isEmpty()) {
            out.append("Earlier changes, in short:\n");
            older.forEach(out::append);
        }
        if (!recent.isEmpty()) {
            out.append("The latest requests, oldest first:\n");
            recent.forEach(out::append);
        }
        return out.toString();
    }

    private static String recentLine(int number, PreviousTurn turn) {
        String line = number + ". " + cut(turn.description(), MAX_REQUEST_CHARS);
        if (!turn.summary().isBlank()) {
            line += " — done: " + cut(turn.summary(), MAX_SUMMARY_CHARS);
        }
        return line + "\n";
    }

    /** What the version's generator said it did; the request itself when it said nothing. */
    private static String olderLine(int number, PreviousTurn turn) {
        String what = turn.summary().isBlank() ? turn.description() : turn.summary();
        return what.isBlank() ? "" : number + ". " + cut(what, MAX_SUMMARY_CHARS) + "\n";
    }

    private static String cut(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }
}
