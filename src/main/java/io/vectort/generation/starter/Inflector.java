package io.vectort.generation.starter;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English plural detection, singularisation and pluralisation for the nouns people use to describe
 * apps. Rules plus the exceptions that matter in practice; a wrong guess only yields an odd label.
 */
final class Inflector {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"),
            Map.entry("children", "child"),
            Map.entry("men", "man"),
            Map.entry("women", "woman"),
            Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"),
            Map.entry("teeth", "tooth"),
            Map.entry("feet", "foot"),
            Map.entry("criteria", "criterion"),
            Map.entry("knives", "knife"),
            Map.entry("wives", "wife"),
            Map.entry("lives", "life"),
            Map.entry("leaves", "leaf"),
            Map.entry("shelves", "shelf"),
            Map.entry("halves", "half"),
            Map.entry("wolves", "wolf"),
            Map.entry("loaves", "loaf"),
            Map.entry("scarves", "scarf"),
            Map.entry("potatoes", "potato"),
            Map.entry("tomatoes", "tomato"),
            Map.entry("heroes", "hero"),
            Map.entry("echoes", "echo"),
            Map.entry("analyses", "analysis"),
            Map.entry("quizzes", "quiz"));

    private static final Map<String, String> IRREGULAR_PLURAL =
            IRREGULAR.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    // Same word in singular and plural, or never counted: "series" is not the plural of "sery".
    private static final Set<String> INVARIANT = Set.of(
            "series",
            "species",
            "news",
            "fish",
            "sheep",
            "deer",
            "equipment",
            "inventory",
            "staff",
            "data",
            "information",
            "software",
            "music",
            "furniture",
            "money",
            "feedback",
            "homework",
            "aircraft",
            "gear",
            "stuff",
            "clothing",
            "luggage",
            "mail",
            "gas",
            "atlas",
            "canvas",
            "alias",
            "bias",
            "lens",
            "chaos",
            "kudos",
            "analytics",
            "physics",
            "mathematics",
            "ethics",
            "economics",
            "politics",
            "athletics",
            "gymnastics",
            "diabetes");

    // Words in -ies whose singular ends in -ie, not -y.
    private static final Set<String> IE_WORDS = Set.of(
            "movie",
            "cookie",
            "calorie",
            "pie",
            "tie",
            "brownie",
            "zombie",
            "selfie",
            "smoothie",
            "veggie",
            "rookie",
            "hoodie",
            "genie",
            "prairie",
            "birdie",
            "goalie");

    private Inflector() {}

    static boolean isPlural(String word) {
        if (IRREGULAR.containsKey(word)) {
            return true;
        }
        if (INVARIANT.contains(word) || word.length() < 3 || !word.endsWith("s")) {
            return false;
        }
        return !(word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"));
    }

    static String singular(String word) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (!isPlural(word)) {
            return word;
        }
        if (word.endsWith("ies")) {
            String ie = word.substring(0, word.length() - 1);
            return IE_WORDS.contains(ie) || word.length() <= 4 ? ie : word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ouses") || word.endsWith("auses")) {
            return word.substring(0, word.length() - 1); // houses, warehouses, causes
        }
        if (word.endsWith("sses")
                || word.endsWith("uses")
                || word.endsWith("xes")
                || word.endsWith("ches")
                || word.endsWith("shes")
                || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    static String plural(String word) {
        if (IRREGULAR_PLURAL.containsKey(word)) {
            return IRREGULAR_PLURAL.get(word);
        }
        if (INVARIANT.contains(word)) {
            return word;
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s")
                || word.endsWith("x")
                || word.endsWith("z")
                || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
