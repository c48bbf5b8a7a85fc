package io.vectort.assistant.understanding;

import java.time.DayOfWeek;
import java.util.Map;

/** Regular-expression pieces and their values, shared by the time rules (folded text, both languages). */
final class Words {

    /** A number in digits or words, up to what people use for minutes and hours. */
    static final String NUMBER = "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty five|forty|fourty|un|une|deux|trois|quatre|cinq|sept|huit|neuf"
            + "|dix|onze|douze|quinze|vingt|trente|quarante cinq|quarante";

    static final String DAY_NAME = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    /** English abbreviations; only trusted after "every", "on", "next"... ("mon" is French for "my"). */
    static final String DAY_ABBREVIATION = "mon|tue|wed|thu|fri|sat|sun";

    static final String ANY_DAY = "(?:" + DAY_NAME + "|" + DAY_ABBREVIATION + ")s?";

    /** "monday and thursday", "lundis et jeudis", "mon wed fri", "le lundi et le jeudi". */
    static final String DAY_LIST =
            ANY_DAY + "(?:\\s+(?:(?:and|&|et|\\+|or|ou)\\s+)?(?:(?:on|le|les)\\s+)?" + ANY_DAY + ")*";

    static final String MONTH = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
            + "|decembre|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|janv|jan|fevr|fev|feb|mar|apr|avr|jun|juil|jul|aug|sept|sep|oct|nov|dec";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("un", 1),
            Map.entry("une", 1),
            Map.entry("two", 2),
            Map.entry("deux", 2),
            Map.entry("three", 3),
            Map.entry("trois", 3),
            Map.entry("four", 4),
            Map.entry("quatre", 4),
            Map.entry("five", 5),
            Map.entry("cinq", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("sept", 7),
            Map.entry("eight", 8),
            Map.entry("huit", 8),
            Map.entry("nine", 9),
            Map.entry("neuf", 9),
            Map.entry("ten", 10),
            Map.entry("dix", 10),
            Map.entry("eleven", 11),
            Map.entry("onze", 11),
            Map.entry("twelve", 12),
            Map.entry("douze", 12),
            Map.entry("fifteen", 15),
            Map.entry("quinze", 15),
            Map.entry("twenty", 20),
            Map.entry("vingt", 20),
            Map.entry("thirty", 30),
            Map.entry("trente", 30),
            Map.entry("forty", 40),
            Map.entry("fourty", 40),
            Map.entry("quarante", 40),
            Map.entry("forty five", 45),
            Map.entry("quarante cinq", 45),
            Map.entry("other", 2),
            Map.entry("premier", 1),
            Map.entry("first", 1));

    private Words() {}

    static int number(String text) {
        Integer word = NUMBERS.get(text.replaceAll("\\s+", " "));
        return word != null ? word : Integer.parseInt(text);
    }

    static DayOfWeek dayOfWeek(String word) {
        String w = word.length() > 3 ? word.substring(0, 3) : word;
        return switch (w) {
            case "mon", "lun" -> DayOfWeek.MONDAY;
            case "tue", "mar" -> DayOfWeek.TUESDAY;
            case "wed", "mer" -> DayOfWeek.WEDNESDAY;
            case "thu", "jeu" -> DayOfWeek.THURSDAY;
            case "fri", "ven" -> DayOfWeek.FRIDAY;
            case "sat", "sam" -> DayOfWeek.SATURDAY;
            case "sun", "dim" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a day: " + word);
        };
    }

    static int month(String word) {
        if (word.startsWith("juil") || word.startsWith("jul")) {
            return 7;
        }
        if (word.startsWith("juin") || word.startsWith("jun")) {
            return 6;
        }
        if (word.startsWith("mai") || word.startsWith("may")) {
            return 5;
        }
        if (word.startsWith("mar")) {
            return 3;
        }
        return switch (word.substring(0, 3)) {
            case "jan" -> 1;
            case "fev", "feb" -> 2;
            case "avr", "apr" -> 4;
            case "aou", "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + word);
        };
    }
}
