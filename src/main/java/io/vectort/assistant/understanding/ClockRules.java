package io.vectort.assistant.understanding;

import java.util.List;
import java.util.regex.Matcher;

/** "at 9", "à 14h30", "7:30pm", "9h et demie", "noon", "midi", "minuit", "end of day"... */
final class ClockRules {

    private static final String AT =
            "(?:(?:at|a|@|vers|around|about|by|before|until|till|avant|jusqu'a|pour|for|des" + "|from|starting)\\s*)?";

    /** A bare number is an hour only after "at", "à", "@", "vers", "until"... */
    private static final String AT_BARE = "(?:at|@|vers|around|about|until|till|before|jusqu'a|avant)\\s*";

    /**
     * Without its accent, "à 9" is "a 9" — which in English is the article: "buy a 2 litre bottle"
     * has no time in it. So in English "a 9" is an hour only at the end or before a time word.
     */
    private static final String AFTER_A_ENGLISH_HOUR = "(?=\\s*$|\\s+(?:tomorrow|today|tonight|in|on|the|this|to|and"
            + "|please|every|each|next|demain|du|de|ce|le|la|et|pour)(?![\\p{L}])|\\s+d')";

    static final List<TimeRule> RULES = List.of(
            TimeRule.of(
                    AT + "(\\d{1,2})\\s*h\\s*(\\d{2})",
                    (match, when) -> clock(when, match.group(1), Integer.parseInt(match.group(2)), "", true)),
            TimeRule.of(
                    AT + "(\\d{1,2})\\s*[:.]\\s*(\\d{2})(?:\\s*([ap])\\s?m)?",
                    (match, when) ->
                            clock(when, match.group(1), Integer.parseInt(match.group(2)), meridiem(match, 3), false)),
            TimeRule.of(
                    AT + "(\\d{1,2})\\s*([ap])\\s?m",
                    (match, when) -> clock(when, match.group(1), 0, match.group(2), false)),
            TimeRule.of(
                    AT + "(\\d{1,2})\\s*(?:h|heures?)(?:\\s+et\\s+(demie?|quart)|\\s+moins\\s+(?:le\\s+)?(quart))?",
                    ClockRules::frenchHour),
            TimeRule.of(
                    AT_BARE + "(\\d{1,2})(?:\\s*o'clock)?(?![:/.]\\d)|(\\d{1,2})\\s*o'clock",
                    (match, when) -> clock(when, firstPresent(match), 0, "", false)),
            TimeRule.of(
                    "a\\s*(\\d{1,2})(?:\\s*o'clock)?(?![:/.]\\d)" + AFTER_A_ENGLISH_HOUR,
                    (match, when) -> clock(when, match.group(1), 0, "", false)),
            TimeRule.of(
                    "a\\s*(\\d{1,2})(?![:/.]\\d)",
                    (match, when) -> when.language == Language.FR && clock(when, match.group(1), 0, "", false)),
            TimeRule.of(
                    "(?:(?:at|a|@|around|vers|by|for|pour|avant|before|until|till|jusqu'a)\\s+)?"
                            + "(?<!apres\\s)(noon|midi|minuit|midnight)",
                    (match, when) -> set(when, ClockTime.exactly(isMidnight(match.group(1)) ? 0 : 12, 0))),
            TimeRule.of(
                    "(?:(?:at|a|around|vers)\\s+)?lunch\\s*time|(?:at|a|around|vers)\\s+lunch"
                            + "|(?:a\\s+)?l'heures\\s+du\\s+dejeuner",
                    (match, when) -> set(when, ClockTime.exactly(12, 0))),
            TimeRule.of(
                    "(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?day|eod)|(?:en\\s+|avant\\s+la\\s+)?fin\\s+de"
                            + "\\s+(?:la\\s+)?journee",
                    (match, when) -> set(when, ClockTime.exactly(17, 0))));

    private ClockRules() {}

    private static String meridiem(Matcher match, int group) {
        return match.group(group) == null ? "" : match.group(group);
    }

    private static boolean clock(When when, String hour, int minute, String meridiem, boolean hSuffix) {
        return ClockTime.parse(hour, minute, meridiem, hSuffix)
                .map(time -> set(when, time))
                .orElse(false);
    }

    private static boolean frenchHour(Matcher match, When when) {
        if (match.group(3) != null) {
            int hour = Integer.parseInt(match.group(1));
            return hour >= 1 && clock(when, String.valueOf(hour - 1), 45, "", true);
        }
        int minute = match.group(2) == null ? 0 : match.group(2).startsWith("demi") ? 30 : 15;
        return clock(when, match.group(1), minute, "", true);
    }

    private static String firstPresent(Matcher match) {
        return match.group(1) != null ? match.group(1) : match.group(2);
    }

    private static boolean isMidnight(String word) {
        return word.equals("minuit") || word.equals("midnight");
    }

    private static boolean set(When when, ClockTime time) {
        if (when.clock != null) {
            return false;
        }
        when.clock = time;
        return true;
    }
}
