package io.vectort.generation.llm;

import io.vectort.generation.generator.CodeRequest.PreviousTurn;
import io.vectort.generation.generator.HistoryDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The project's history as a follow-up prompt tells it, within a character budget however long the
 * project lives: the latest requests word for word (each cut to {@link #MAX_REQUEST_CHARS}), older
 * ones as a rolling summary — the model's condensed {@link HistoryDigest} for the oldest turns when
 * one was made, then what each later version's generator said it did — and a count of what no
 * longer fits. Newer turns are kept first: they explain the files as they are now.
 */
final class FollowUpHistory {

    /** How many of the latest requests are quoted in full (cut to the limit below). */
    static final int RECENT_TURNS = 6;

    static final int MAX_REQUEST_CHARS = 800;
    static final int MAX_SUMMARY_CHARS = 200;

    private FollowUpHistory() {}

    static String describe(List<PreviousTurn> turns, Optional<HistoryDigest> digest, int budgetChars) {
        if (turns.isEmpty()) {
            return "This is the project's first change request.\n";
        }
        int covered = digest.map(d -> Math.min(d.coversTurns(), turns.size())).orElse(0);
        Deque<String> recent = new ArrayDeque<>();
        Deque<String> older = new ArrayDeque<>();
        int used = 0;
        int omitted = 0;
        for (int i = turns.size() - 1; i >= covered; i--) {
            PreviousTurn turn = turns.get(i);
            boolean isRecent = turns.size() - i <= RECENT_TURNS;
            String line = isRecent ? quoted(i + 1, turn) : olderLine(i + 1, turn);
            if (line.isEmpty() || used + line.length() > budgetChars) {
                omitted++;
                continue;
            }
            (isRecent ? recent : older).addFirst(line);
            used += line.length();
        }
        String condensed = digest.filter(d -> covered > 0)
                .map(d ->
                        "Changes 1 to " + covered + ", condensed:\n" + d.text().strip() + "\n")
                .orElse("");
        if (used + condensed.length() > budgetChars) {
            condensed = "";
            omitted += covered;
        }
        StringBuilder out = new StringBuilder();
        if (omitted > 0) {
            out.append("(").append(omitted).append(" earlier changes are not shown.)\n");
        }
        out.append(condensed);
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

    /** A request word for word (cut to its limit), with what its version's generator said it did. */
    static String quoted(int number, PreviousTurn turn) {
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

    /** {@code text} on one line, cut to {@code max} characters with an ellipsis. */
    static String cut(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }
}
