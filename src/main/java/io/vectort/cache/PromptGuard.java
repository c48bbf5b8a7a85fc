package io.vectort.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical half of the similar-prompt check: two prompts pass only when they differ in nothing
 * but paraphrase-neutral words and the position of at most one term. Embeddings place "a todo app
 * in React" next to "a todo app in Vue" and "with dark mode" next to "without dark mode"; this
 * guard refuses them because every other word — a number, a negation, a technology, a colour, any
 * noun — must appear in both prompts, negated in both or in neither. It is deliberately
 * conservative: a refused paraphrase costs one generation, a wrong hit serves the wrong app.
 */
final class PromptGuard {

    /** Words whose presence or absence does not change what is asked for. */
    private static final Set<String> NEUTRAL = Set.of(
            "a",
            "an",
            "the",
            "please",
            "pls",
            "kindly",
            "hey",
            "hi",
            "ok",
            "okay",
            "just",
            "also",
            "simple",
            "basic",
            "quick",
            "quickly",
            "little",
            "new",
            "create",
            "build",
            "make",
            "generate",
            "develop",
            "code",
            "write",
            "design",
            "implement",
            "produce",
            "set",
            "setup",
            "created",
            "built",
            "made",
            "written",
            "developed",
            "generated",
            "designed",
            "creating",
            "building",
            "making",
            "i",
            "me",
            "my",
            "we",
            "our",
            "us",
            "you",
            "your",
            "want",
            "wanna",
            "need",
            "would",
            "like",
            "could",
            "can",
            "should",
            "will",
            "let",
            "lets",
            "s",
            "d",
            "ll",
            "ve",
            "m",
            "re",
            "some",
            "app",
            "application",
            "webapp",
            "web",
            "program",
            "project",
            "for",
            "with",
            "in",
            "using",
            "use",
            "uses",
            "based",
            "on",
            "of",
            "to",
            "and",
            "that",
            "which",
            "is",
            "it",
            "its",
            "be",
            "as",
            "has",
            "have",
            "having",
            "include",
            "includes",
            "including",
            "feature",
            "features",
            "featuring",
            "support",
            "supports",
            "supporting",
            "this",
            "there",
            "up",
            "powered",
            "by",
            "via",
            "containing",
            "contains",
            "where",
            "do",
            "does",
            "did",
            "are",
            "was",
            "were",
            "been");

    /** Words that negate what follows them. */
    private static final Set<String> NEGATIONS = Set.of(
            "no",
            "not",
            "without",
            "non",
            "never",
            "none",
            "nothing",
            "except",
            "excluding",
            "exclude",
            "minus",
            "neither",
            "nor",
            "dont",
            "doesnt",
            "cant",
            "wont",
            "isnt",
            "shouldnt",
            "lacking",
            "skip");

    /** Spellings of one name that must compare equal. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("reactjs", "react"),
            Map.entry("vuejs", "vue"),
            Map.entry("nodejs", "node"),
            Map.entry("nextjs", "next"),
            Map.entry("nuxtjs", "nuxt"),
            Map.entry("expressjs", "express"),
            Map.entry("sveltejs", "svelte"),
            Map.entry("angularjs", "angular"),
            Map.entry("postgresql", "postgres"),
            Map.entry("golang", "go"),
            Map.entry("todos", "todo"),
            Map.entry("todolist", "todo"));

    /** Numbers with separators, words, and single symbols that carry meaning ($, %, +, #). */
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}\\p{N}]+|[$€£¥%+#@&*/<>=]");

    private PromptGuard() {}

    /** Whether the two prompts (in any case and spacing) ask for the same thing. */
    static boolean sameMeaning(String first, String second) {
        List<String> a = terms(first);
        List<String> b = terms(second);
        if (a.size() != b.size()) {
            return false;
        }
        if (!a.stream().sorted().toList().equals(b.stream().sorted().toList())) {
            return false;
        }
        // Same terms: allow one term to have moved ("a React todo app" / "a todo app in React"),
        // refuse swaps ("blue header, red footer" / "red header, blue footer").
        return a.size() - longestCommonSubsequence(a, b) <= 1;
    }

    /** The meaningful terms in order, each negated one prefixed with {@code not:}. */
    static List<String> terms(String prompt) {
        String text = CacheKeys.normalizePrompt(prompt)
                .replace("’", "'")
                .replace("can't", "can not")
                .replace("won't", "will not")
                .replace("n't", " not")
                .replace("to-do", "todo")
                .replace(".js", "js");
        List<String> terms = new ArrayList<>();
        boolean negated = false;
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            if (Character.isDigit(token.charAt(0))) {
                token = token.replace(",", "");
            }
            if (NEGATIONS.contains(token)) {
                negated = true;
                continue;
            }
            if (NEUTRAL.contains(token)) {
                continue;
            }
            String term = stem(ALIASES.getOrDefault(token, token));
            terms.add(negated ? "not:" + term : term);
            negated = false;
        }
        if (negated) {
            terms.add("not:");
        }
        return terms;
    }

    private static String stem(String word) {
        if (word.length() > 3
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is")
                && Character.isLetter(word.charAt(0))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] =
                        a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
