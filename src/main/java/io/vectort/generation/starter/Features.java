package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Accent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Look-and-feel requests in one prompt, in any of the seven languages the starter reads: dark mode
 * on or off ("mode sombre", "ohne Dunkelmodus"), and an accent colour ("en vert", "in Blau").
 */
record Features(Optional<Boolean> darkMode, Optional<Accent> accent) {

    private static final String DARK_PHRASE = "(?:" + String.join("|", ThemeWords.DARK) + ")";
    private static final Pattern DARK = words(DARK_PHRASE);
    private static final Pattern NO_DARK = words("(?:" + String.join("|", ThemeWords.WITHOUT) + ")\\s+(?:(?:"
            + ThemeWords.ARTICLES + ")\\s+)?" + DARK_PHRASE);
    private static final Pattern THEME_PHRASE =
            words("(?:" + String.join("|", ThemeWords.DARK) + "|" + String.join("|", ThemeWords.LIGHT) + ")s?");

    // Shades chosen so white text on them stays readable (WCAG AA for normal text, or close to it).
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("red", "#dc2626"),
            Map.entry("orange", "#c2410c"),
            Map.entry("amber", "#b45309"),
            Map.entry("yellow", "#a16207"),
            Map.entry("green", "#15803d"),
            Map.entry("emerald", "#047857"),
            Map.entry("teal", "#0f766e"),
            Map.entry("cyan", "#0e7490"),
            Map.entry("blue", "#2563eb"),
            Map.entry("indigo", "#4f46e5"),
            Map.entry("purple", "#7e22ce"),
            Map.entry("violet", "#6d28d9"),
            Map.entry("pink", "#db2777"),
            Map.entry("rose", "#e11d48"),
            Map.entry("gray", "#4b5563"),
            Map.entry("grey", "#4b5563"),
            Map.entry("slate", "#475569"),
            Map.entry("brown", "#92400e"),
            Map.entry("black", "#111827"));

    /** Every way of writing a colour, lower case, to its English name. */
    private static final Map<String, String> COLOUR_NAMES = colourNames();

    // Longest first, so that "verte" is not read as "vert" followed by a letter.
    private static final Pattern COLOUR = words("("
            + String.join(
                    "|",
                    COLOUR_NAMES.keySet().stream()
                            .sorted(Comparator.comparing(String::length).reversed())
                            .toList())
            + ")");

    static Features in(String prompt) {
        Optional<Boolean> dark = NO_DARK.matcher(prompt).find()
                ? Optional.of(false)
                : DARK.matcher(prompt).find() ? Optional.of(true) : Optional.empty();
        Optional<Accent> accent = Optional.empty();
        Matcher matcher = COLOUR.matcher(prompt);
        while (matcher.find()) {
            String name = COLOUR_NAMES.get(matcher.group(1).toLowerCase(Locale.ROOT));
            accent = Optional.of(new Accent(name, COLOURS.get(name)));
        }
        return new Features(dark, accent);
    }

    /** The English names of the colours the starter knows ("green"), which its summaries name. */
    static Set<String> colours() {
        return COLOURS.keySet();
    }

    /** The prompt without theme phrases, so "light mode" or "mode sombre" name no entity. */
    static String withoutThemePhrases(String prompt) {
        return THEME_PHRASE.matcher(prompt).replaceAll(" ");
    }

    private static Map<String, String> colourNames() {
        Map<String, String> names = new HashMap<>();
        COLOURS.keySet().forEach(name -> names.put(name, name));
        ThemeWords.COLOUR_FORMS.forEach((name, forms) -> {
            if (!COLOURS.containsKey(name)) {
                throw new IllegalStateException("no shade for the colour " + name);
            }
            forms.forEach(form -> names.putIfAbsent(form, name));
        });
        return Map.copyOf(names);
    }

    /** Whole words in any case, accented letters included ("grün" is one word). */
    private static Pattern words(String regex) {
        return Pattern.compile(
                "\\b" + regex + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
