package io.vectort.assistant.understanding;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A message folded for matching — lower case, no accents, one space between words, known typos
 * and SMS spellings replaced ("tmrw" → "tomorrow", "dem1" → "demain") — that remembers where
 * each of its characters came from. Patterns run on the folded text; titles and facts are cut
 * from the original, so "Léa" keeps its accent and capital.
 */
final class NormalizedText {

    private final String original;
    private final String text;
    /** For each folded character, the original range it stands for. */
    private final int[] originStart;

    private final int[] originEnd;

    private NormalizedText(String original, String text, int[] originStart, int[] originEnd) {
        this.original = original;
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    static NormalizedText of(String message) {
        String folded = foldCharacters(message);
        var builder = new Builder(message.length());
        int i = 0;
        while (i < folded.length()) {
            if (folded.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && folded.charAt(end) != ' ') {
                end++;
            }
            builder.appendWord(folded.substring(i, end), i, end);
            i = end;
        }
        return builder.build(message);
    }

    String text() {
        return text;
    }

    String original() {
        return original;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The original characters behind the folded range {@code [start, end)}, or "" if only spaces. */
    String originalOf(int start, int end) {
        int first = start;
        while (first < end && text.charAt(first) == ' ') {
            first++;
        }
        int last = end - 1;
        while (last >= first && text.charAt(last) == ' ') {
            last--;
        }
        if (first > last) {
            return "";
        }
        return original.substring(originStart[first], originEnd[last]);
    }

    /**
     * One character in, one character out, so positions line up with the original: accents and
     * case go, curly apostrophes become straight ones, and punctuation that never carries meaning
     * here becomes a space. Dots, colons and slashes stay inside numbers (9:30, 12/03, 9.30).
     */
    private static String foldCharacters(String message) {
        var out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            char previous = i > 0 ? message.charAt(i - 1) : ' ';
            char next = i + 1 < message.length() ? message.charAt(i + 1) : ' ';
            out.append(fold(c, previous, next));
        }
        return out.toString();
    }

    private static char fold(char c, char previous, char next) {
        if (c == '’' || c == '‘' || c == '`' || c == '´' || c == 'ʼ') {
            return Character.isLetter(previous) ? '\'' : ' ';
        }
        if (c == '\'') {
            return Character.isLetter(previous) ? '\'' : ' ';
        }
        if (c == ':' || c == '/' || c == '.') {
            return Character.isDigit(previous) && Character.isDigit(next) ? c : ' ';
        }
        if (c == '@' || c == '&' || c == '+' || c == '#') {
            return c;
        }
        if (Character.isLetterOrDigit(c)) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            return base.toLowerCase(Locale.ROOT).charAt(0);
        }
        return ' ';
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            starts = new int[Math.max(16, capacity * 2)];
            ends = new int[starts.length];
        }

        void appendWord(String word, int start, int end) {
            if (!text.isEmpty()) {
                append(' ', start, start);
            }
            String corrected = Typos.correct(word);
            if (!corrected.equals(word)) {
                appendReplacement(corrected, start, end);
                return;
            }
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0 && apostrophe < word.length() - 1) {
                // Elisions ("l'aprem", "d'ici") keep their prefix; only the word after it is corrected.
                String rest = word.substring(apostrophe + 1);
                String correctedRest = Typos.correct(rest);
                appendVerbatim(word.substring(0, apostrophe + 1), start);
                if (correctedRest.equals(rest)) {
                    appendVerbatim(rest, start + apostrophe + 1);
                } else {
                    appendReplacement(correctedRest, start + apostrophe + 1, end);
                }
                return;
            }
            appendVerbatim(word, start);
        }

        private void appendVerbatim(String word, int start) {
            for (int k = 0; k < word.length(); k++) {
                append(word.charAt(k), start + k, start + k + 1);
            }
        }

        /** Every character of a replacement stands for the whole replaced word. */
        private void appendReplacement(String replacement, int start, int end) {
            for (int k = 0; k < replacement.length(); k++) {
                append(replacement.charAt(k), start, end);
            }
        }

        private void append(char c, int start, int end) {
            if (text.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = start;
            ends[text.length()] = end;
            text.append(c);
        }

        NormalizedText build(String original) {
            return new NormalizedText(original, text.toString(), starts, ends);
        }
    }
}
