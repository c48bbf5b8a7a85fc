package io.vectort.generation.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kind of application a description asks for: "an inventory tracker for my bike parts"
 * is a dashboard, "mon blog de voyage" a blog, "lista de la compra" a todo list. Each type scores
 * the keywords of {@link AppTypeKeywords} found in the description (accents and case ignored); the
 * highest score wins, and on a tie the type named first. A description that names no type gets a
 * dashboard: records of what it describes. Pure and deterministic.
 */
public final class AppTypeInference {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String DEFAULT_TYPE = "dashboard";

    private AppTypeInference() {}

    /** The application type for {@code description} and the words that decided it. */
    public static Inferred infer(String description) {
        List<Token> tokens = tokens(description);
        String best = DEFAULT_TYPE;
        int bestScore = 0;
        int bestPosition = Integer.MAX_VALUE;
        Optional<String> evidence = Optional.empty();
        for (String type : AppTypeKeywords.PRIORITY) {
            Score score = score(tokens, description, type);
            boolean better = score.points() > bestScore
                    || (score.points() == bestScore && score.points() > 0 && score.firstAt() < bestPosition);
            if (better) {
                best = type;
                bestScore = score.points();
                bestPosition = score.firstAt();
                evidence = score.evidence();
            }
        }
        return new Inferred(best, evidence.map(ChoiceReason::described).orElse(ChoiceReason.DEFAULT));
    }

    /** An inferred type and its reason. */
    public record Inferred(String appType, ChoiceReason reason) {}

    private record Token(String folded, int start, int end) {}

    /** Points of one type, where its first keyword starts, and that keyword as written. */
    private record Score(int points, int firstAt, Optional<String> evidence) {}

    private static Score score(List<Token> tokens, String original, String type) {
        int points = 0;
        int firstAt = Integer.MAX_VALUE;
        Optional<String> evidence = Optional.empty();
        for (Map.Entry<Integer, List<String>> weighted : List.of(
                Map.entry(AppTypeKeywords.STRONG, AppTypeKeywords.STRONG_WORDS.getOrDefault(type, List.of())),
                Map.entry(AppTypeKeywords.WEAK, AppTypeKeywords.WEAK_WORDS.getOrDefault(type, List.of())))) {
            for (String keyword : weighted.getValue()) {
                Optional<int[]> found = find(tokens, keyword.split(" "));
                if (found.isEmpty()) {
                    continue;
                }
                points += weighted.getKey();
                int[] span = found.get();
                // A strong keyword found earlier, or any keyword when no strong one was, is the evidence.
                if (span[0] < firstAt && (weighted.getKey() == AppTypeKeywords.STRONG || evidence.isEmpty())) {
                    firstAt = span[0];
                    evidence = Optional.of(original.substring(span[0], span[1]));
                }
            }
        }
        return new Score(points, firstAt, evidence);
    }

    /** The character span of the first run of tokens equal to {@code words}. */
    private static Optional<int[]> find(List<Token> tokens, String[] words) {
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean match = true;
            for (int j = 0; j < words.length && match; j++) {
                match = tokens.get(i + j).folded().equals(words[j]);
            }
            if (!match && words.length == 1 && AppTypeKeywords.COMPOUND_HEADS.contains(words[0])) {
                match = tokens.get(i).folded().endsWith(words[0]);
            }
            if (match) {
                return Optional.of(new int[] {
                    tokens.get(i).start(), tokens.get(i + words.length - 1).end()
                });
            }
        }
        return Optional.empty();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(fold(matcher.group()), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    /** Lower case without accents: "Tâches" and "taches" are the same word. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace("ß", "ss");
    }
}
