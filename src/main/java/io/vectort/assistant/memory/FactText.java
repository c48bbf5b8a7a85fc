package io.vectort.assistant.memory;

import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for the text of facts and queries, and the words full-text search sees in them. */
final class FactText {

    static final int MAX_LENGTH = 500;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Words too common to say anything in English or French. The 'simple' text search configuration
     * keeps them (it knows no language), so queries leave them out: "who is my sister" must rank
     * by "sister", not by the thousands of facts that contain "my".
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "does", "for", "from", "has", "have", "he",
            "her", "his", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "that", "the",
            "their", "them", "they", "this", "to", "was", "we", "what", "who", "with", "you", "your", "au", "aux", "ce",
            "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "j", "je", "l", "la", "le", "les", "ma",
            "mais", "mes", "moi", "mon", "ne", "nous", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se",
            "ses", "son", "sur", "ta", "te", "tes", "ton", "tu", "un", "une", "vous", "y");

    private FactText() {}

    /** The fact as stored: trimmed, runs of whitespace made one space. */
    static String validFact(String field, String fact) {
        return valid(field, fact);
    }

    static String validQuery(String field, String query) {
        return valid(field, query);
    }

    private static String valid(String field, String text) {
        if (Text.hasForbiddenControlCharacters(text)) {
            throw new InvalidRequestException(field, "control-characters", "must not contain control characters");
        }
        String clean = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (clean.isEmpty() || Text.lengthInCodePoints(clean) > MAX_LENGTH) {
            throw new InvalidRequestException(field, "invalid-length", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!hasVisibleText(clean)) {
            throw new InvalidRequestException(
                    field, "nothing-visible", "must contain a letter, digit, symbol or punctuation");
        }
        return clean;
    }

    /**
     * True when the text has something the embedding model reads. Its tokenizer drops format
     * characters (bidi overrides, zero-width), private-use and unassigned code points, lone
     * combining accents and U+FFFD: a text of only those leaves it nothing to embed.
     */
    static boolean hasVisibleText(String text) {
        return text.codePoints()
                .anyMatch(c -> c != 0xFFFD
                        && switch (Character.getType(c)) {
                            case Character.UPPERCASE_LETTER,
                                    Character.LOWERCASE_LETTER,
                                    Character.TITLECASE_LETTER,
                                    Character.MODIFIER_LETTER,
                                    Character.OTHER_LETTER,
                                    Character.DECIMAL_DIGIT_NUMBER,
                                    Character.LETTER_NUMBER,
                                    Character.OTHER_NUMBER,
                                    Character.MATH_SYMBOL,
                                    Character.CURRENCY_SYMBOL,
                                    Character.MODIFIER_SYMBOL,
                                    Character.OTHER_SYMBOL,
                                    Character.CONNECTOR_PUNCTUATION,
                                    Character.DASH_PUNCTUATION,
                                    Character.START_PUNCTUATION,
                                    Character.END_PUNCTUATION,
                                    Character.INITIAL_QUOTE_PUNCTUATION,
                                    Character.FINAL_QUOTE_PUNCTUATION,
                                    Character.OTHER_PUNCTUATION -> true;
                            default -> false;
                        });
    }

    /** Lower case without accents: "Léa" and "lea" are the same word to full-text search. */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * True for the code points words are made of (letters and digits, the complement of what
     * splits a query into terms): the in-memory full-text index cuts facts into words with it, so
     * that a fact's words and a query's terms are cut alike.
     */
    static boolean isWordCharacter(int codePoint) {
        return Character.isLetter(codePoint)
                || switch (Character.getType(codePoint)) {
                    case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                    default -> false;
                };
    }

    /** The distinct words of a query that carry meaning, folded; only letters and digits. */
    static List<String> queryTerms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(folded(query))) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                terms.add(word);
            }
        }
        return new ArrayList<>(terms);
    }

    /**
     * A {@code to_tsquery('simple', …)} expression matching facts that contain every term; words of
     * four letters or more also match as prefixes, a cheap stand-in for stemming ("sister" finds
     * "sisters"). The terms hold only letters and digits, so they cannot carry tsquery operators.
     */
    static String allOf(List<String> terms) {
        return String.join(" & ", terms.stream().map(FactText::lexeme).toList());
    }

    /**
     * Whether a query term also matches the words it starts, in full-text search as in
     * {@link #allOf}: four letters or more.
     */
    static boolean matchesAsPrefix(String term) {
        return term.codePointCount(0, term.length()) >= 4;
    }

    private static String lexeme(String term) {
        return matchesAsPrefix(term) ? "'" + term + "':*" : "'" + term + "'";
    }
}
