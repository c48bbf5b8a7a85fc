package io.vectort.assistant.understanding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the words the understander depends on, one folded word at a time: SMS spellings and
 * frequent misspellings by a table, and other slips of one letter (a missing, extra, wrong or
 * swapped letter) in a short list of long keywords. Words outside that list are left alone, so
 * a task title is never "corrected".
 */
final class Typos {

    /** Spellings seen in real messages; a value may hold two words ("aprem" → "apres midi"). */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("tmrw", "tomorrow"),
            Map.entry("tmrow", "tomorrow"),
            Map.entry("tmr", "tomorrow"),
            Map.entry("tmw", "tomorrow"),
            Map.entry("tmro", "tomorrow"),
            Map.entry("tomo", "tomorrow"),
            Map.entry("tomoz", "tomorrow"),
            Map.entry("tomoro", "tomorrow"),
            Map.entry("tomorow", "tomorrow"),
            Map.entry("tommorow", "tomorrow"),
            Map.entry("tommorrow", "tomorrow"),
            Map.entry("tommorw", "tomorrow"),
            Map.entry("2moro", "tomorrow"),
            Map.entry("2morow", "tomorrow"),
            Map.entry("2morrow", "tomorrow"),
            Map.entry("2mrw", "tomorrow"),
            Map.entry("2mro", "tomorrow"),
            Map.entry("tonite", "tonight"),
            Map.entry("2nite", "tonight"),
            Map.entry("2night", "tonight"),
            Map.entry("2day", "today"),
            Map.entry("tdy", "today"),
            Map.entry("nite", "night"),
            Map.entry("nxt", "next"),
            Map.entry("evry", "every"),
            Map.entry("evey", "every"),
            Map.entry("eveyr", "every"),
            Map.entry("tues", "tuesday"),
            Map.entry("thurs", "thursday"),
            Map.entry("thur", "thursday"),
            Map.entry("weds", "wednesday"),
            Map.entry("wensday", "wednesday"),
            Map.entry("wednsday", "wednesday"),
            Map.entry("wendsday", "wednesday"),
            Map.entry("a.m", "am"),
            Map.entry("p.m", "pm"),
            Map.entry("oclock", "o'clock"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("plse", "please"),
            Map.entry("rmind", "remind"),
            Map.entry("remid", "remind"),
            Map.entry("remnd", "remind"),
            Map.entry("remine", "remind"),
            Map.entry("dem1", "demain"),
            Map.entry("dm1", "demain"),
            Map.entry("2main", "demain"),
            Map.entry("dmain", "demain"),
            Map.entry("demin", "demain"),
            Map.entry("demian", "demain"),
            Map.entry("deamin", "demain"),
            Map.entry("ajd", "aujourd'hui"),
            Map.entry("auj", "aujourd'hui"),
            Map.entry("aujd", "aujourd'hui"),
            Map.entry("aujourdhui", "aujourd'hui"),
            Map.entry("aujourd'hui", "aujourd'hui"),
            Map.entry("aprem", "apres midi"),
            Map.entry("aprm", "apres midi"),
            Map.entry("apresmidi", "apres midi"),
            Map.entry("ds", "dans"),
            Map.entry("pr", "pour"),
            Map.entry("tt", "tous"),
            Map.entry("ts", "tous"),
            Map.entry("tte", "toutes"),
            Map.entry("ttes", "toutes"),
            Map.entry("rapelle", "rappelle"),
            Map.entry("rappele", "rappelle"),
            Map.entry("rapele", "rappelle"),
            Map.entry("rappeles", "rappelle"),
            Map.entry("rappelles", "rappelle"),
            Map.entry("rapel", "rappel"),
            Map.entry("noublie", "n'oublie"),
            Map.entry("noublies", "n'oublie"),
            Map.entry("n'oublies", "n'oublie"),
            Map.entry("oublies", "oublie"),
            Map.entry("cest", "c'est"),
            Map.entry("jai", "j'ai"),
            Map.entry("jdois", "je dois"),
            Map.entry("j'dois", "je dois"),
            Map.entry("qqch", "quelque chose"),
            Map.entry("mn", "min"),
            Map.entry("mins", "min"),
            Map.entry("minute", "min"),
            Map.entry("minutes", "min"),
            Map.entry("minuts", "min"),
            Map.entry("minits", "min"),
            Map.entry("hrs", "hours"),
            Map.entry("hr", "hours"),
            Map.entry("hour", "hours"),
            Map.entry("heure", "heures"),
            Map.entry("hre", "heures"),
            Map.entry("hres", "heures"),
            Map.entry("whats", "what's"),
            Map.entry("wat", "what"),
            Map.entry("wht", "what"),
            Map.entry("im", "i'm"),
            Map.entry("dont", "don't"),
            Map.entry("didnt", "didn't"),
            Map.entry("weekend", "week end"),
            Map.entry("weekends", "week ends"),
            Map.entry("midday", "noon"),
            Map.entry("svp", "please"),
            Map.entry("stp", "please"));

    /** Long keywords worth repairing when one letter is off ("tomorrw", "wednseday", "vendedi"). */
    private static final List<String> KEYWORDS = List.of(
            "tomorrow",
            "tonight",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "remind",
            "reminder",
            "reminders",
            "weekday",
            "weekdays",
            "afternoon",
            "morning",
            "evening",
            "vendredi",
            "dimanche",
            "mercredi",
            "vendredis",
            "dimanches",
            "mercredis",
            "rappelle",
            "semaine",
            "prochain",
            "prochaine",
            "chaque",
            "minuit",
            "midnight",
            "remember");

    private static final Set<String> KEYWORD_SET = Set.copyOf(KEYWORDS);

    private Typos() {}

    static String correct(String word) {
        String known = KNOWN.get(word);
        if (known != null) {
            return known;
        }
        if (word.length() < 5 || KEYWORD_SET.contains(word) || !isLetters(word)) {
            return word;
        }
        String match = null;
        for (String keyword : KEYWORDS) {
            if (keyword.charAt(0) == word.charAt(0) && oneEditApart(word, keyword)) {
                if (match != null) {
                    return word;
                }
                match = keyword;
            }
        }
        return match == null ? word : match;
    }

    private static boolean isLetters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    /** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(prefix + 1);
            String restB = b.substring(prefix + 1);
            if (restA.equals(restB)) {
                return true;
            }
            return prefix + 1 < a.length()
                    && a.charAt(prefix) == b.charAt(prefix + 1)
                    && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.substring(prefix + 2).equals(b.substring(prefix + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }
}
