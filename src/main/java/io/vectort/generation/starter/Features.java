package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Accent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Look-and-feel requests in one prompt: dark mode on or off, and an accent colour. */
record Features(Optional<Boolean> darkMode, Optional<Accent> accent) {

    private static final Pattern DARK = Pattern.compile("(?i)\\b(?:dark|night)[ -]?(?:mode|theme)\\b|\\bdark ui\\b");
    private static final Pattern NO_DARK = Pattern.compile(
            "(?i)\\b(?:no|without|remove|disable|drop|turn off|switch off|get rid of|don't want|do not want)"
                    + "\\s+(?:the\\s+|a\\s+)?(?:dark|night)[ -]?(?:mode|theme)\\b");

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

    private static final Pattern COLOUR =
            Pattern.compile("(?i)\\b(" + String.join("|", new TreeSet<>(COLOURS.keySet())) + ")\\b");

    static Features in(String prompt) {
        Optional<Boolean> dark = NO_DARK.matcher(prompt).find()
                ? Optional.of(false)
                : DARK.matcher(prompt).find() ? Optional.of(true) : Optional.empty();
        Optional<Accent> accent = Optional.empty();
        Matcher matcher = COLOUR.matcher(prompt);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            accent = Optional.of(new Accent(name, COLOURS.get(name)));
        }
        return new Features(dark, accent);
    }

    /** The prompt without dark-mode phrases, so "light mode" or "night theme" name no entity. */
    static String withoutThemePhrases(String prompt) {
        return prompt.replaceAll("(?i)\\b(?:dark|night|light)[ -]?(?:mode|theme)s?\\b", " ");
    }
}
