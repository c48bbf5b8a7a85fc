package io.vectort.assistant.understanding;

import static io.vectort.assistant.understanding.Words.DAY_ABBREVIATION;
import static io.vectort.assistant.understanding.Words.DAY_NAME;
import static io.vectort.assistant.understanding.Words.MONTH;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** "tomorrow", "demain", "vendredi", "next monday", "le 12", "on the 12th", "12/03", "12 mars"... */
final class DateRules {

    private static final String BY = "(?:(?:by|for|until|till|before|pour|avant|d'ici|jusqu'a)\\s+)?";

    /** A day number must not be an hour ("le 12h", "the 9:30"). */
    private static final String NOT_A_TIME =
            "(?!\\s*(?:h|heures?|hours|am|pm|[ap]\\s+m|min|o'clock)(?![\\p{L}]))(?![:.]\\d)";

    /** "on sat" is a day; "pour mon frère" is not. */
    private static final Set<String> ENGLISH_DAY_PREFIXES =
            Set.of("on", "this", "next", "coming", "by", "until", "till", "before");

    private static final String ORDINAL = "(?:st|nd|rd|th|er|e|eme)?";

    static final List<TimeRule> RULES = List.of(
            TimeRule.of(
                    "(?:the\\s+)?day\\s+after\\s+tomorrow|apres\\s+demain",
                    (match, when) -> date(when, when.today.plusDays(2))),
            TimeRule.of(BY + "(?:tomorrow|demain)", (match, when) -> date(when, when.today.plusDays(1))),
            TimeRule.of(BY + "(?:today|aujourd'hui|ce\\s+jour)", (match, when) -> date(when, when.today)),
            TimeRule.of(BY + "(?:tonight|this\\s+evening|ce\\s+soir)", (match, when) -> tonight(when, DayPart.EVENING)),
            TimeRule.of(BY + "cette\\s+nuit", (match, when) -> tonight(when, DayPart.NIGHT)),
            TimeRule.of(
                    "(?:(?:this|ce|le|next|the|this\\s+coming)\\s+)?week\\s+end(\\s+prochain)?", DateRules::weekend),
            TimeRule.of(
                    "next\\s+week|(?:la\\s+)?semaine\\s+prochaine",
                    (match, when) -> date(when, when.today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)))),
            TimeRule.of(
                    BY + "(?:(?:on|le|this|ce)\\s+)?(" + DAY_NAME + ")\\s+(the\\s+)?(\\d{1,2})(st|nd|rd|th|er)?"
                            + "(?:\\s+(?:of\\s+)?(" + MONTH + "))?" + NOT_A_TIME,
                    DateRules::weekdayAndDayOfMonth),
            TimeRule.of(
                    BY + "(?:(?:on|le|the)\\s+)?(\\d{1,2}|1er|premier|first)" + ORDINAL + "\\s+(?:of\\s+)?(" + MONTH
                            + ")(?:\\s+(\\d{4}))?",
                    (match, when) -> dayMonth(when, match.group(1), match.group(2), match.group(3))),
            TimeRule.of(
                    BY + "(?:on\\s+)?(" + MONTH + ")\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(\\d{4}))?"
                            + NOT_A_TIME,
                    (match, when) -> dayMonth(when, match.group(2), match.group(1), match.group(3))),
            TimeRule.of(
                    BY + "(?:(?:on|le|the)\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?", DateRules::numericDate),
            TimeRule.of(
                    "(?:on|by|for|until|till|before)\\s+the\\s+(\\d{1,2})" + ORDINAL + NOT_A_TIME
                            + "|" + BY + "(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)"
                            + "|" + BY + "le\\s+(\\d{1,2}|1er|premier)(?:er)?" + NOT_A_TIME,
                    DateRules::dayOfMonth),
            TimeRule.of(
                    "(?:(on|this|next|coming|le|ce|by|for|until|till|before|pour|avant|d'ici|jusqu'a)\\s+)*" + "("
                            + DAY_NAME + "|" + DAY_ABBREVIATION + ")(?:\\s+(prochaine?|next|qui\\s+vient))?",
                    DateRules::weekday));

    private DateRules() {}

    private static boolean date(When when, LocalDate date) {
        if (when.date != null || when.weekday != null) {
            return false;
        }
        when.date = date;
        return true;
    }

    private static boolean tonight(When when, DayPart part) {
        if (when.dayPart != null || !date(when, when.today)) {
            return false;
        }
        when.dayPart = part;
        return true;
    }

    private static boolean weekend(Matcher match, When when) {
        boolean next = match.group().startsWith("next") || match.group(1) != null;
        LocalDate saturday = when.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        if (when.today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            saturday = next ? saturday : when.today;
        } else if (next && when.today.getDayOfWeek() == DayOfWeek.SATURDAY) {
            saturday = saturday.plusWeeks(1);
        }
        return date(when, saturday);
    }

    /** "vendredi 3", "monday the 30th": the number decides; English needs "the" or an ordinal. */
    private static boolean weekdayAndDayOfMonth(Matcher match, When when) {
        boolean english = match.group(1).endsWith("day");
        if (english && match.group(2) == null && match.group(4) == null) {
            return false;
        }
        String day = match.group(3);
        return match.group(5) == null ? dayOfMonth(when, day) : dayMonth(when, day, match.group(5), null);
    }

    private static boolean dayMonth(When when, String dayText, String monthText, @Nullable String yearText) {
        int day = Words.number(dayText.replace("1er", "1"));
        return fixedDate(when, day, Words.month(monthText), yearText);
    }

    /**
     * "12/03": day first in French and in English outside the Americas; month first in English
     * with an American time zone. A number above 12 settles it either way.
     */
    private static boolean numericDate(Matcher match, When when) {
        int first = Integer.parseInt(match.group(1));
        int second = Integer.parseInt(match.group(2));
        boolean monthFirst = first <= 12 && (second > 12 || when.monthFirstDates);
        return monthFirst
                ? fixedDate(when, second, first, match.group(3))
                : fixedDate(when, first, second, match.group(3));
    }

    private static boolean fixedDate(When when, int day, int month, @Nullable String yearText) {
        try {
            if (yearText != null) {
                int year = Integer.parseInt(yearText);
                return date(when, LocalDate.of(year < 100 ? 2000 + year : year, month, day));
            }
            LocalDate thisYear = LocalDate.of(when.today.getYear(), month, day);
            return date(when, thisYear.isBefore(when.today) ? thisYear.plusYears(1) : thisYear);
        } catch (DateTimeException impossible) {
            return false;
        }
    }

    private static boolean dayOfMonth(Matcher match, When when) {
        for (int group = 1; group <= match.groupCount(); group++) {
            if (match.group(group) != null) {
                return dayOfMonth(when, match.group(group));
            }
        }
        return false;
    }

    /** The next day with that number, today included; months too short for it are skipped. */
    private static boolean dayOfMonth(When when, String dayText) {
        int day = Words.number(dayText.replace("1er", "1"));
        if (day < 1 || day > 31) {
            return false;
        }
        LocalDate month = when.today.withDayOfMonth(1);
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                if (!candidate.isBefore(when.today)) {
                    return date(when, candidate);
                }
            }
        }
        return false;
    }

    /** A bare weekday is the next one; "this friday" said on a friday is today. */
    private static boolean weekday(Matcher match, When when) {
        String prefix = match.group(1);
        String name = match.group(2);
        if (name.length() == 3 && (prefix == null || !ENGLISH_DAY_PREFIXES.contains(prefix))) {
            return false;
        }
        if (when.date != null || when.weekday != null) {
            return false;
        }
        when.weekday = Words.dayOfWeek(name);
        when.weekdayMayBeToday = "this".equals(prefix) || "ce".equals(prefix);
        return true;
    }
}
