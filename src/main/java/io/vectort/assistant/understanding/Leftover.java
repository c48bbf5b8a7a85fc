package io.vectort.assistant.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What remains of a message once its verb and its time words are cut out, taken from the
 * original text and trimmed of the small words that joined them ("remind me <to> call mom
 * <at> 9" → "call mom").
 */
final class Leftover {

    private static final Set<String> LEADING = Set.of(
            "to",
            "that",
            "about",
            "of",
            "for",
            "de",
            "du",
            "que",
            "a",
            "pour",
            "please",
            "and",
            "et",
            "then",
            "puis",
            "also",
            "aussi",
            "task",
            "tache",
            "reminder",
            "rappel",
            "with",
            "un",
            "une",
            // SMS: "remind me 2 call mom"
            "2",
            // "rappelle moi d appeler", the apostrophe lost on a phone keyboard
            "d");

    private static final Set<String> TRAILING = Set.of(
            "please",
            "merci",
            "thanks",
            "thx",
            "and",
            "et",
            "at",
            "a",
            "on",
            "le",
            "the",
            "to",
            "de",
            "for",
            "pour",
            "in",
            "dans",
            "by",
            "vers",
            "around",
            "au",
            "until",
            "till",
            "from",
            "du",
            "starting",
            "ok",
            "okay",
            "then",
            "puis",
            "avant",
            "before",
            "sur",
            "this",
            "ce",
            "cet",
            "cette",
            "next",
            "every",
            "chaque",
            "tous",
            "les");

    private static final Set<String> REFERENCE_LEADING = Set.of(
            "with",
            "the",
            "task",
            "tache",
            "number",
            "no",
            "numero",
            "le",
            "la",
            "les",
            "my",
            "mon",
            "ma",
            "mes",
            "to",
            "a",
            "de",
            "du",
            "reminder",
            "rappel",
            "for",
            "pour");

    /** Connecting words glued to the first word by an apostrophe: "d'arroser", "qu'il". */
    private static final List<String> ELISIONS = List.of("d'", "qu'");

    private static final String PUNCTUATION = ",.;:!?-–—()[]\"'«»…*_~ ";

    private Leftover() {}

    /** The original text of {@code [from, to)} without the cut spans, trimmed. */
    static String of(NormalizedText text, int from, int to, List<When.Span> cuts) {
        List<When.Span> sorted = new ArrayList<>(cuts);
        sorted.sort(Comparator.comparingInt(When.Span::start));
        var pieces = new ArrayList<String>();
        int position = from;
        for (When.Span cut : sorted) {
            if (cut.end() <= from || cut.start() >= to) {
                continue;
            }
            if (cut.start() > position) {
                pieces.add(text.originalOf(position, cut.start()));
            }
            position = Math.max(position, cut.end());
        }
        if (position < to) {
            pieces.add(text.originalOf(position, to));
        }
        return trim(String.join(" ", pieces));
    }

    static String trim(String phrase) {
        return trim(phrase, LEADING);
    }

    private static String trim(String phrase, Set<String> leading) {
        List<String> words =
                new ArrayList<>(Arrays.asList(stripPunctuation(phrase).split("\\s+")));
        words.removeIf(String::isBlank);
        boolean changed = true;
        while (changed && !words.isEmpty()) {
            changed = false;
            String first = fold(words.getFirst());
            if (leading.contains(first) || isPunctuation(words.getFirst())) {
                words.removeFirst();
                changed = true;
            } else if (elision(first) > 0 && words.getFirst().length() > elision(first)) {
                words.set(0, words.getFirst().substring(elision(first)));
                changed = true;
            } else if (TRAILING.contains(fold(words.getLast())) || isPunctuation(words.getLast())) {
                words.removeLast();
                changed = true;
            }
        }
        return stripPunctuation(String.join(" ", words));
    }

    /** A reference to a task: also without its article ("l'appel" → "appel", "the report" → "report"). */
    static String reference(String phrase) {
        String trimmed = trim(phrase, REFERENCE_LEADING);
        String folded = fold(trimmed);
        if ((folded.startsWith("l'") || folded.startsWith("d'")) && trimmed.length() > 2) {
            trimmed = trimmed.substring(2);
        }
        return trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
    }

    private static int elision(String folded) {
        for (String elision : ELISIONS) {
            if (folded.startsWith(elision)) {
                return elision.length();
            }
        }
        return 0;
    }

    private static boolean isPunctuation(String word) {
        return stripPunctuation(word).isEmpty();
    }

    private static String stripPunctuation(String phrase) {
        int start = 0;
        int end = phrase.length();
        while (start < end && (PUNCTUATION.indexOf(phrase.charAt(start)) >= 0 || isSymbol(phrase, start))) {
            start++;
        }
        while (end > start && (PUNCTUATION.indexOf(phrase.charAt(end - 1)) >= 0 || isSymbol(phrase, end - 1))) {
            end--;
        }
        return phrase.substring(start, end);
    }

    /** Emoji and other pictographs around a title say nothing about it. */
    private static boolean isSymbol(String phrase, int index) {
        char c = phrase.charAt(index);
        return Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static String fold(String word) {
        return NormalizedText.of(word).text();
    }
}
