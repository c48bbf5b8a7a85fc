package io.vectort.assistant.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of saying something about time: a pattern over the folded text and what it means. The
 * reader may refuse a match (a field already set, an impossible date), leaving those words to
 * the title.
 */
record TimeRule(Pattern pattern, Reader reader) {

    /** Matches start and end on whole words; an apostrophe glues ("d'ici" is one word). */
    private static final String WORD_START = "(?<![\\p{L}\\d'])";

    private static final String WORD_END = "(?![\\p{L}\\d])";

    @FunctionalInterface
    interface Reader {
        /** Records what the match says into {@code when}; false to refuse it. */
        boolean read(Matcher match, When when);
    }

    static TimeRule of(String regex, Reader reader) {
        return new TimeRule(Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END), reader);
    }
}
