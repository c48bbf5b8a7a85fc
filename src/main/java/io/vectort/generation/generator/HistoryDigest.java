package io.vectort.generation.generator;

/**
 * A model's condensed summary of a project's history: what the first {@link #coversTurns} user
 * requests of a version's lineage built, still true after them. Follow-ups tell it instead of those
 * turns, so the history stays within its budget without losing the early decisions.
 *
 * @param text the summary, plain text
 * @param coversTurns how many of the oldest previous turns it stands for (at least one)
 */
public record HistoryDigest(String text, int coversTurns) {

    public HistoryDigest {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a history digest has text");
        }
        if (coversTurns < 1) {
            throw new IllegalArgumentException("a history digest covers at least one turn");
        }
    }
}
