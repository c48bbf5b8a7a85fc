package io.vectort.assistant.memory;

import io.vectort.providers.TokenCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a token budget with facts in their order of relevance. A fact too long for what is left is
 * skipped, not cut, and shorter facts after it may still fit: half a fact can say the opposite of
 * the whole one.
 */
final class ContextBudget {

    private ContextBudget() {}

    static MemoryContext fill(List<Memory> ranked, long budget) {
        List<Memory> chosen = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        long used = 0;
        for (Memory memory : ranked) {
            String line = "- " + memory.fact() + "\n";
            if (TokenCounter.count(line) + used > budget) {
                continue;
            }
            // Counted on the whole text: tokens may merge across a line break, so the sum of the
            // lines' counts is not exactly the text's.
            long withLine = TokenCounter.count(text + line);
            if (withLine <= budget) {
                chosen.add(memory);
                text.append(line);
                used = withLine;
            }
        }
        return new MemoryContext(List.copyOf(chosen), text.toString(), used);
    }
}
