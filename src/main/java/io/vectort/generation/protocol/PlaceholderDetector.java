package io.vectort.generation.protocol;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds comment lines that stand for code instead of containing it ({@code // ... existing code ...}),
 * the way an LLM abbreviates a file it was asked to write in full. Writing such a file would delete
 * the code the comment stands for, so the generation is refused instead.
 *
 * <p>Only comments count: a line must start with a comment marker ({@code //}, {@code /*}, {@code *},
 * {@code #}, {@code <!--}, {@code --}, {@code {/*}), or hold an inline comment that is nothing but
 * an ellipsis after code (an elided function or JSX body). Spread syntax, Python's {@code ...},
 * strings such as {@code "Loading..."} and prose are never placeholders. A comment is a placeholder when it is only
 * an ellipsis, or when its words name code ("code", "methods", "the rest") together with an absence
 * ("unchanged", "omitted for brevity", "goes here", a leading or trailing ellipsis).
 */
public final class PlaceholderDetector {

    private static final String SUBJECT =
            "(?:code|file|files|implementation|components?|functions?|methods?|classes|class"
                    + "|imports?|styles?|logic|content|contents|markup|html|jsx|css|routes?|handlers?|fields?|lines?|body"
                    + "|functionality|props|hooks?|helpers?|sections?|page|template|module|script|config|configuration"
                    + "|exports?|types|interfaces|definitions|declarations|rules|stuff|things|rest|remainder|others"
                    + "|everything|tests?|cases|items|elements|properties|state|app)";

    private static final String ABSENCE = "(?:unchanged|untouched|intact|(?:remains?|stays?) (?:the same|unchanged"
            + "|as is|as before|untouched|intact)|same as (?:before|above|previous|original|existing|earlier)"
            + "|as before|omitted|elided|truncated|not shown|left out|for brevity|(?:has |have )?no changes"
            + "|not changed|(?:goes|go|belongs?) here)";

    /** A comment that is nothing but a verdict: {@code // (unchanged)}, {@code // same as before}. */
    private static final Pattern WHOLE_VERDICT = Pattern.compile("(?:unchanged|no changes?|same as (?:before|above"
            + "|previous|original|existing|earlier)|as before|(?:keep|leave) (?:it |this |everything )?as is|as is"
            + "|omitted(?: for brevity)?|for brevity|etc|and so on|truncated|snip|snipped|same|(?:the )?rest"
            + "|(?:everything|all) else(?: is| stays| remains)?(?: the same| unchanged)?)");

    private static final Pattern IMPLEMENT_THE_REST = Pattern.compile(
            "\\bimplement (?:the )?(?:rest|remaining|remainder|others)\\b|\\b(?:rest|remainder) of (?:the )?implementation\\b");

    private static final Pattern REST_OF_CODE =
            Pattern.compile("(?:the )?(?:rest|remainder) of (?:the |this |your )?" + SUBJECT + "(?: \\w+)?");

    private static final Pattern SUBJECT_THEN_ABSENCE = Pattern.compile(".*\\b" + SUBJECT + "\\b.*\\b" + ABSENCE
            + "(?: (?:here|below|above|from before|as before|for brevity|for now|from the original"
            + "|from the previous version))?");

    private static final Pattern MORE_CODE_HERE = Pattern.compile("(?:.*\\b)?(?:(?:other|more|additional|remaining"
            + "|existing|your|previous|rest of the|the rest of the) (?:\\w+ )?" + SUBJECT + "(?: goes| go)? here"
            + "|" + SUBJECT + " (?:goes|go|belongs?) here)");

    private static final Pattern KEEP_THE_REST = Pattern.compile("(?:keep|leave|preserve|retain)(?: the| all| any)?"
            + " (?:existing|previous|original|other|rest|remaining|everything)(?: \\w+)?"
            + "(?: (?:as is|unchanged|the same|intact|untouched|as before))?");

    private static final Pattern LIKEWISE_FOR_THE_REST =
            Pattern.compile(".*\\b(?:similarly|likewise|repeat|same) for (?:the |all )?(?:other|remaining|rest)\\b.*");

    private static final Pattern OLD_CODE =
            Pattern.compile("(?:the )?(?:existing|previous|original|unchanged|old) " + SUBJECT + "(?: \\w+)?");

    private static final Pattern WORD_OF_SUBJECT = Pattern.compile(".*\\b" + SUBJECT + "\\b.*");

    private static final Pattern WORD_OF_ABSENCE = Pattern.compile(".*\\b" + ABSENCE + "\\b.*");

    /** Words that open an abbreviation when an ellipsis surrounds them: {@code // ... other methods}. */
    private static final Set<String> ELLIPSIS_OPENERS = Set.of(
            "existing",
            "rest",
            "remaining",
            "remainder",
            "other",
            "others",
            "previous",
            "original",
            "more",
            "same",
            "unchanged",
            "omitted",
            "code",
            "keep",
            "your",
            "imports",
            "etc",
            "everything",
            "all",
            "additional",
            "similar",
            "repeat",
            "snip");

    /** An inline comment made of an ellipsis only, after code, as in a JSX element with an elided body. */
    private static final Pattern INLINE_ELLIPSIS_COMMENT = Pattern.compile(
            "/\\*\\s*(?:\\.{2,}|…+)\\s*\\*/|<!--\\s*(?:\\.{2,}|…+)\\s*-->|(?:^|\\s)//\\s*(?:\\.{2,}|…+)\\s*$");

    private PlaceholderDetector() {}

    /** The first placeholder line of {@code content}, stripped, if there is one. */
    public static Optional<String> findPlaceholder(String content) {
        int start = 0;
        while (start <= content.length()) {
            int end = content.indexOf('\n', start);
            String line = content.substring(start, end < 0 ? content.length() : end);
            if (isPlaceholder(line)) {
                return Optional.of(line.strip());
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** True when one line (without or with its line terminator) is a placeholder. */
    static boolean isPlaceholder(String line) {
        String text = line.strip();
        Optional<String> comment = CommentText.of(text);
        if (comment.isPresent()) {
            return isPlaceholderComment(comment.get());
        }
        return INLINE_ELLIPSIS_COMMENT.matcher(text).find() || isWrappedInEllipses(normalize(text));
    }

    private static boolean isPlaceholderComment(String comment) {
        String text = normalize(comment);
        String words = words(text);
        boolean ellipsis = text.contains("..");
        if (words.isEmpty()) {
            return ellipsis;
        }
        return WHOLE_VERDICT.matcher(words).matches()
                || IMPLEMENT_THE_REST.matcher(words).find()
                || REST_OF_CODE.matcher(words).matches()
                || SUBJECT_THEN_ABSENCE.matcher(words).matches()
                || MORE_CODE_HERE.matcher(words).matches()
                || KEEP_THE_REST.matcher(words).matches()
                || LIKEWISE_FOR_THE_REST.matcher(words).matches()
                || OLD_CODE.matcher(words).matches()
                || ellipsis && isAbbreviation(text, words);
    }

    /**
     * An ellipsis comment that abbreviates code: it opens with a word such as "existing" or "rest"
     * and is short or names code, or its words sit between two ellipses. "Loading..." or "Wait for
     * more..." are not abbreviations.
     */
    private static boolean isAbbreviation(String text, String words) {
        String[] split = words.split(" ");
        int first = split[0].equals("the") || split[0].equals("and") ? 1 : 0;
        if (first < split.length && ELLIPSIS_OPENERS.contains(split[first])) {
            return split.length <= 2
                    || WORD_OF_SUBJECT.matcher(words).matches()
                    || WORD_OF_ABSENCE.matcher(words).matches();
        }
        return isWrappedInEllipses(text);
    }

    /** {@code ... form fields ...}: words between two ellipses that name code, even without a marker. */
    private static boolean isWrappedInEllipses(String text) {
        if (!text.startsWith("..") || !text.endsWith("..")) {
            return false;
        }
        String words = words(text);
        return !words.isEmpty() && WORD_OF_SUBJECT.matcher(words).matches();
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace("…", "...").strip();
    }

    private static String words(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
