package io.vectort.assistant.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds what a message says about time, most specific rules first: repetitions ("every monday
 * at 8"), then amounts ("in 20 min"), days, clock times and parts of the day. Each rule claims
 * the words it reads, so a later rule cannot read them again ("tous les lundis" is not also
 * "lundi").
 */
final class WhenParser {

    private static final List<TimeRule> RULES =
            concat(RecurrenceRules.RULES, DurationRules.RULES, DateRules.RULES, ClockRules.RULES, DayPartRules.RULES);

    private static final List<TimeRule> RULES_WITH_BARE_AMOUNTS = concat(
            RecurrenceRules.RULES,
            DurationRules.BARE_RULES,
            DateRules.RULES,
            ClockRules.RULES,
            DayPartRules.RULES,
            List.of(DurationRules.LONE_NUMBER));

    private WhenParser() {}

    /**
     * Reads the folded text between {@code from} and {@code to} into {@code when}.
     *
     * @param bareAmounts whether a lone amount ("10 min", "10") is a delay, as after "snooze"
     */
    static When parse(String text, int from, int to, When when, boolean bareAmounts) {
        for (TimeRule rule : bareAmounts ? RULES_WITH_BARE_AMOUNTS : RULES) {
            apply(rule, text, from, to, when);
        }
        return when;
    }

    private static void apply(TimeRule rule, String text, int from, int to, When when) {
        Matcher match = rule.pattern().matcher(text);
        match.useTransparentBounds(true).useAnchoringBounds(false);
        int position = from;
        while (position < to) {
            match.region(position, to);
            if (!match.find()) {
                return;
            }
            if (match.end() == match.start()
                    || claimed(when, match)
                    || !rule.reader().read(match, when)) {
                position = match.start() + 1;
                continue;
            }
            when.spans.add(new When.Span(match.start(), match.end()));
            position = match.end();
        }
    }

    private static boolean claimed(When when, Matcher match) {
        return when.spans.stream().anyMatch(span -> span.overlaps(match.start(), match.end()));
    }

    @SafeVarargs
    private static List<TimeRule> concat(List<TimeRule>... lists) {
        List<TimeRule> all = new ArrayList<>();
        for (List<TimeRule> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
