package io.vectort.assistant.understanding;

import java.util.List;

/** "this afternoon", "in the morning", "du soir", "cet après-midi", "demain matin" (with the date rule). */
final class DayPartRules {

    static final List<TimeRule> RULES = List.of(TimeRule.of(
            "(?:(?:this|ce|cet|cette|in\\s+the|du|dans\\s+la|dans\\s+l'|de\\s+l'|de\\s+la|le|la|l'|at|en|early"
                    + "|late|tot\\s+le|tard\\s+le)\\s*)?(morning|matinee|matin|afternoon|apres\\s+midi|evening"
                    + "|soiree|soir|night|nuit)",
            (match, when) -> {
                if (when.dayPart != null) {
                    return false;
                }
                when.dayPart = DayPart.named(match.group(1));
                return true;
            }));

    private DayPartRules() {}
}
