package io.vectort.assistant.understanding;

import static io.vectort.assistant.understanding.Words.NUMBER;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.regex.Matcher;

/** "in 20 minutes", "dans 2h", "in an hour and a half", "dans une demi-heure", "later"... */
final class DurationRules {

    private static final String IN = "(?:in|dans|within|d'ici|d\\s+ici|after|apres)\\s+"
            + "(?:about\\s+|around\\s+|environ\\s+|like\\s+|genre\\s+|juste\\s+)?";

    /** After "snooze" the amount may come alone: "snooze 10", "snooze for an hour". */
    private static final String OPTIONAL_IN =
            "(?:(?:in|dans|within|d'ici|for|pour|by|de|of|after|apres)\\s+)?(?:about\\s+|around\\s+|environ\\s+)?";

    private static final String UNIT = "seconds?|secondes?|secs?|s|minutes?|mins?|mn|min|m|hours?|hrs?|heures?|h"
            + "|days?|jours?|j|d|weeks?|wks?|semaines?|sem|months?|mois";

    static final List<TimeRule> RULES = rules(IN);

    static final List<TimeRule> BARE_RULES = rules(OPTIONAL_IN);

    /** "snooze 10": after snooze, a lone number left over by the clock rules counts minutes. */
    static final TimeRule LONE_NUMBER = TimeRule.of(
            OPTIONAL_IN + "(\\d{1,3})(?![:/.]\\d)", (match, when) -> minutes(when, Integer.parseInt(match.group(1))));

    private DurationRules() {}

    private static List<TimeRule> rules(String prefix) {
        return List.of(
                TimeRule.of(
                        prefix + "(\\d{1,2})\\s*h\\s*(\\d{1,2})(?:\\s*(?:min|m|mn))?",
                        (match, when) ->
                                minutes(when, 60 * Words.number(match.group(1)) + Integer.parseInt(match.group(2)))),
                TimeRule.of(
                        prefix + "(" + NUMBER + ")\\s*hours\\s+(?:and\\s+)?(\\d{1,2})\\s*min",
                        (match, when) ->
                                minutes(when, 60 * Words.number(match.group(1)) + Integer.parseInt(match.group(2)))),
                TimeRule.of(
                        prefix + "(" + NUMBER + ")\\s*(?:hours|heures?|h)\\s+(?:and\\s+a\\s+half|et\\s+demie?)",
                        (match, when) -> minutes(when, 60 * Words.number(match.group(1)) + 30)),
                TimeRule.of(
                        prefix + "(?:half\\s+an?\\s+hours|a\\s+half\\s+hours|half\\s+hours|une\\s+demie?\\s+heures"
                                + "|1/2\\s*h)",
                        (match, when) -> minutes(when, 30)),
                TimeRule.of(
                        prefix + "(?:a\\s+)?quarter\\s+(?:of\\s+an\\s+)?hours|" + prefix
                                + "un\\s+quart\\s+d'?\\s*heures",
                        (match, when) -> minutes(when, 15)),
                TimeRule.of(
                        prefix + "(?:a\\s+few|a\\s+couple\\s+of|quelques)\\s+(min|hours|heures)",
                        (match, when) -> minutes(when, match.group(1).startsWith("min") ? 5 : 120)),
                TimeRule.of(prefix + "(" + NUMBER + ")\\s*(" + UNIT + ")", DurationRules::amount),
                TimeRule.of(
                        "(?:in\\s+)?a\\s+(?:little\\s+)?(?:bit|while)|(?:dans\\s+)?un\\s+(?:moment|instant|peu)"
                                + "|tout\\s+a\\s+l'?\\s*heures|later(?:\\s+on)?|plus\\s+tard|not\\s+now"
                                + "|pas\\s+maintenant|pas\\s+tout\\s+de\\s+suite|un\\s+peu\\s+plus\\s+tard",
                        DurationRules::vague));
    }

    private static boolean minutes(When when, int minutes) {
        if (when.after != null || when.afterDays != null || minutes <= 0) {
            return false;
        }
        when.after = Duration.ofMinutes(minutes);
        return true;
    }

    private static boolean amount(Matcher match, When when) {
        if (when.after != null || when.afterDays != null) {
            return false;
        }
        int amount = Words.number(match.group(1));
        String unit = match.group(2);
        if (amount <= 0) {
            return false;
        }
        if (unit.startsWith("sem") || unit.startsWith("w")) {
            when.afterDays = Period.ofWeeks(amount);
        } else if (unit.startsWith("mo")) {
            when.afterDays = Period.ofMonths(amount);
        } else if (unit.startsWith("s")) {
            when.after = Duration.ofSeconds(amount);
        } else if (unit.startsWith("m")) {
            when.after = Duration.ofMinutes(amount);
        } else if (unit.startsWith("h")) {
            when.after = Duration.ofHours(amount);
        } else {
            when.afterDays = Period.ofDays(amount);
        }
        return true;
    }

    private static boolean vague(Matcher match, When when) {
        if (when.vague) {
            return false;
        }
        when.vague = true;
        return true;
    }
}
