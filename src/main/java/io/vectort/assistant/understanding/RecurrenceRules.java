package io.vectort.assistant.understanding;

import static io.vectort.assistant.understanding.Words.ANY_DAY;
import static io.vectort.assistant.understanding.Words.DAY_LIST;
import static io.vectort.assistant.understanding.Words.DAY_NAME;
import static io.vectort.assistant.understanding.Words.NUMBER;

import io.vectort.assistant.understanding.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "every monday", "tous les jours", "en semaine", "every 2 hours", "le 1er de chaque mois"... */
final class RecurrenceRules {

    private static final String EVERY = "(?:every|each|chaque|tous\\s+les|toutes\\s+les)";

    private static final Pattern ONE_DAY = Pattern.compile("(?<![\\p{L}])" + ANY_DAY + "(?![\\p{L}])");

    static final List<TimeRule> RULES = List.of(
            TimeRule.of(
                    "(?:on\\s+)?(?:every\\s+|each\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:every|each|the)\\s+month"
                            + "|(?:every|each)\\s+month\\s+on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                            + "|monthly\\s+on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                            + "|(?:le\\s+)?(\\d{1,2}|premier)(?:er|e|eme)?\\s+(?:de\\s+)?(?:chaque|tous\\s+les)\\s+mois"
                            + "|(?:le\\s+)?(\\d{1,2}|premier)(?:er|e)?\\s+du\\s+mois"
                            + "|(?:tous\\s+les|chaque)\\s+mois\\s+le\\s+(\\d{1,2}|premier)(?:er)?"
                            + "|tous\\s+les\\s+(\\d{1,2}|premier)(?:er)?\\s+du\\s+mois",
                    RecurrenceRules::monthlyOnADay),
            TimeRule.of(
                    "(?:(?:every|each|tous\\s+les\\s+jours|chaque\\s+jour)\\s+)?(?:from\\s+|du\\s+)?(?:monday|mon|lundi)"
                            + "\\s+(?:to|through|thru|till|until|au|a|jusqu'au)\\s+(?:friday|fri|vendredi)",
                    (match, when) -> set(when, Recurrence.weeklyOn(Recurrence.WEEKDAYS, 1))),
            TimeRule.of(
                    "(?:(?:every|each|on|tous\\s+les|les|chaque)\\s+)?(?:weekdays?|week\\s+days?|workdays?"
                            + "|work\\s+days?|working\\s+days?|business\\s+days?)"
                            + "|(?:tous\\s+)?les\\s+jours\\s+(?:de\\s+semaine|ouvr\\w+)"
                            + "|(?:chaque\\s+)?jours?\\s+(?:de\\s+semaine|ouvr\\w+)|en\\s+semaine",
                    (match, when) -> set(when, Recurrence.weeklyOn(Recurrence.WEEKDAYS, 1))),
            TimeRule.of(
                    EVERY + "\\s+week\\s+ends?|(?:on\\s+|les\\s+)?week\\s+ends",
                    (match, when) -> set(when, Recurrence.weeklyOn(Recurrence.WEEKEND, 1))),
            TimeRule.of(
                    "tous\\s+les\\s+jours\\s+de\\s+la\\s+semaine|everyday|every\\s+single\\s+day|daily"
                            + "|quotidiennement|tlj",
                    (match, when) -> set(when, Recurrence.every(Frequency.DAILY, 1))),
            TimeRule.of("hourly", (match, when) -> set(when, Recurrence.every(Frequency.HOURLY, 1))),
            TimeRule.of("weekly|hebdomadairement", (match, when) -> set(when, Recurrence.every(Frequency.WEEKLY, 1))),
            TimeRule.of("monthly|mensuellement", (match, when) -> set(when, Recurrence.every(Frequency.MONTHLY, 1))),
            TimeRule.of(
                    "yearly|annually|annuellement", (match, when) -> set(when, Recurrence.every(Frequency.YEARLY, 1))),
            TimeRule.of(
                    EVERY + "\\s+(?:(other|" + NUMBER + ")\\s*)?(min|minutes?|mins?|hours?|heures?|h|days?|jours?"
                            + "|weeks?|semaines?|months?|mois|years?|ans|annees?)",
                    RecurrenceRules::everyUnit),
            TimeRule.of(
                    "(?:un|une|1)\\s+(jours?|semaines?|mois)\\s+sur\\s+(deux|2|trois|3)",
                    (match, when) ->
                            set(when, Recurrence.every(frequency(match.group(1)), Words.number(match.group(2))))),
            TimeRule.of(
                    EVERY + "\\s+(morning|matin|afternoon|apres\\s+midi|evening|night|soir|soiree|nuit)s?",
                    RecurrenceRules::dailyAtPartOfDay),
            TimeRule.of(EVERY + "\\s+(other\\s+)?(" + DAY_LIST + ")", RecurrenceRules::weeklyOnDays),
            TimeRule.of(
                    "(?:un|une)\\s+(" + DAY_NAME + ")\\s+sur\\s+(?:deux|2)",
                    (match, when) -> set(when, Recurrence.weeklyOn(days(match.group(1)), 2))),
            TimeRule.of("(?:(?:on|les|le)\\s+)?(" + DAY_LIST + ")", RecurrenceRules::weeklyOnPluralDays));

    private RecurrenceRules() {}

    private static boolean set(When when, Recurrence recurrence) {
        if (when.recurrence != null) {
            return false;
        }
        when.recurrence = recurrence;
        return true;
    }

    private static boolean monthlyOnADay(Matcher match, When when) {
        for (int group = 1; group <= match.groupCount(); group++) {
            String day = match.group(group);
            if (day != null) {
                int value = Words.number(day);
                return value >= 1 && value <= 31 && set(when, Recurrence.monthlyOn(value));
            }
        }
        return false;
    }

    private static boolean everyUnit(Matcher match, When when) {
        int interval = match.group(1) == null ? 1 : Words.number(match.group(1));
        return interval >= 1 && set(when, Recurrence.every(frequency(match.group(2)), interval));
    }

    private static Frequency frequency(String unit) {
        if (unit.startsWith("min")) {
            return Frequency.MINUTELY;
        }
        if (unit.startsWith("h")) {
            return Frequency.HOURLY;
        }
        if (unit.startsWith("d") || unit.startsWith("j")) {
            return Frequency.DAILY;
        }
        if (unit.startsWith("w") || unit.startsWith("s")) {
            return Frequency.WEEKLY;
        }
        if (unit.startsWith("mo")) {
            return Frequency.MONTHLY;
        }
        return Frequency.YEARLY;
    }

    private static boolean dailyAtPartOfDay(Matcher match, When when) {
        if (when.dayPart != null || !set(when, Recurrence.every(Frequency.DAILY, 1))) {
            return false;
        }
        when.dayPart = DayPart.named(match.group(1));
        return true;
    }

    private static boolean weeklyOnDays(Matcher match, When when) {
        return set(when, Recurrence.weeklyOn(days(match.group(2)), match.group(1) == null ? 1 : 2));
    }

    /** "on mondays", "les lundis": plural names repeat; a singular "monday" is one day. */
    private static boolean weeklyOnPluralDays(Matcher match, When when) {
        Matcher day = ONE_DAY.matcher(match.group(1));
        while (day.find()) {
            String name = day.group();
            boolean plural = name.endsWith("s") && name.length() > 4 && !name.matches("(?:tues|thurs)");
            if (!plural) {
                return false;
            }
        }
        return set(when, Recurrence.weeklyOn(days(match.group(1)), 1));
    }

    private static Set<DayOfWeek> days(String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Matcher day = ONE_DAY.matcher(list);
        while (day.find()) {
            days.add(Words.dayOfWeek(day.group()));
        }
        return days;
    }
}
