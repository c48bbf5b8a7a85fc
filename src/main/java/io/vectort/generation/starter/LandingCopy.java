package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a landing page taken from the description: a tagline from its "that ..." clause and
 * feature bullets from its "with A, B and C" list, padded with honest generic ones.
 */
record LandingCopy(String tagline, List<String> highlights) {

    static final int MIN_HIGHLIGHTS = 3;
    private static final int MAX_HIGHLIGHTS = 6;

    private static final Pattern CLAUSE = Pattern.compile("(?iu)\\b(?:that|which)\\s+([^.;!?\\n]{6,160})");
    private static final Pattern LIST =
            Pattern.compile("(?iu)\\b(?:with|featuring|including|offering|features?:?)\\s+([^.;!?\\n]{3,240})");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:a|an|the|some|our|my)\\s+");

    // Sections every generated landing page already has; they are not product features.
    private static final Set<String> SECTIONS = Set.of(
            "pricing",
            "a pricing section",
            "signup",
            "sign-up",
            "sign up",
            "signup form",
            "sign-up form",
            "hero",
            "faq",
            "footer",
            "testimonials",
            "newsletter",
            "contact form",
            "features",
            "call to action");

    private static final List<String> DEFAULT_HIGHLIGHTS = List.of(
            Phrasebook.of("en").word("landingHighlight1"),
            Phrasebook.of("en").word("landingHighlight2"),
            Phrasebook.of("en").word("landingHighlight3"));

    static LandingCopy from(String description, String name) {
        String themeless = Features.withoutThemePhrases(description);
        ForeignLanguage language =
                ForeignMentions.languageOf(Features.withoutThemePhrases(AppNames.withoutExplicitName(description)));
        if (language != ForeignLanguage.ENGLISH) {
            return inOwnWords(Phrasebook.of(language.code()), name);
        }
        return new LandingCopy(tagline(themeless, name), highlights(themeless));
    }

    // The clauses read above are English; another language gets the phrasebook's tagline and highlights.
    private static LandingCopy inOwnWords(Phrasebook words, String name) {
        List<String> highlights = new ArrayList<>();
        for (int i = 1; i <= MIN_HIGHLIGHTS; i++) {
            highlights.add(words.word("landingHighlight" + i));
        }
        return new LandingCopy(words.filled("landingTagline", Map.of("name", name)), highlights);
    }

    private static String tagline(String description, String name) {
        Matcher clause = CLAUSE.matcher(description);
        if (clause.find()) {
            String text = clause.group(1)
                    .split("(?i)\\s+with\\s+|,")[0]
                    .replaceAll("\\s+", " ")
                    .strip();
            if (text.length() >= 6) {
                return Naming.capitalize(text) + ".";
            }
        }
        return Phrasebook.of("en").filled("landingTagline", Map.of("name", name));
    }

    private static List<String> highlights(String description) {
        List<String> highlights = new ArrayList<>();
        Matcher list = LIST.matcher(description);
        if (list.find()) {
            for (String item : list.group(1).split(",|\\band\\b|&")) {
                String clean = LEADING_ARTICLE
                        .matcher(item.replaceAll("\\s+", " ").strip())
                        .replaceFirst("")
                        .strip();
                boolean themeWord = clean.matches("(?i).*\\b(?:accent|colou?rs?|theme)\\b.*");
                if (clean.length() >= 3
                        && clean.length() <= 60
                        && !themeWord
                        && !SECTIONS.contains(clean.toLowerCase(Locale.ROOT))
                        && highlights.size() < MAX_HIGHLIGHTS) {
                    highlights.add(Naming.capitalize(clean));
                }
            }
        }
        for (String fallback : DEFAULT_HIGHLIGHTS) {
            if (highlights.size() < MIN_HIGHLIGHTS) {
                highlights.add(fallback);
            }
        }
        return highlights;
    }
}
