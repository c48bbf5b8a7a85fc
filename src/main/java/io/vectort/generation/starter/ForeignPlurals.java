package io.vectort.generation.starter;

import java.util.Locale;

/**
 * The plural of a noun a description names in the singular, in French, Spanish, German, Italian,
 * Portuguese or Dutch: "par catégorie" groups by catégories, "per categoria" by categorie. Only used
 * for lexicon nouns (see {@link ForeignLexicon#knows}), so regular rules are enough; like {@link
 * ForeignInflector}, a wrong guess only yields an odd label.
 */
final class ForeignPlurals {

    private ForeignPlurals() {}

    /** {@code catégorie} → {@code catégories}; German keeps the capital: {@code Kategorie} → {@code Kategorien}. */
    static String of(ForeignLanguage language, String singular) {
        String word = language.capitalisesNouns() ? singular : singular.toLowerCase(Locale.ROOT);
        return switch (language) {
            case FRENCH -> french(word);
            case SPANISH -> spanish(word);
            case ITALIAN -> italian(word);
            case PORTUGUESE -> portuguese(word);
            case GERMAN -> german(word);
            case DUTCH -> dutch(word);
            case ENGLISH -> Inflector.plural(word);
        };
    }

    private static String french(String word) {
        if (word.matches(".*[sxz]")) {
            return word;
        }
        if (word.endsWith("al")) {
            return word.substring(0, word.length() - 2) + "aux";
        }
        return word.matches(".*(eau|au|eu)") ? word + "x" : word + "s";
    }

    private static String spanish(String word) {
        if (word.endsWith("ión")) {
            return word.substring(0, word.length() - 3) + "iones";
        }
        if (word.endsWith("z")) {
            return word.substring(0, word.length() - 1) + "ces";
        }
        return word.matches(".*[aeiouáéó]") ? word + "s" : word + "es";
    }

    private static String italian(String word) {
        String[][] endings = {
            {"ca", "che"}, {"ga", "ghe"}, {"io", "i"}, {"ista", "isti"}, {"o", "i"}, {"a", "e"}, {"e", "i"}
        };
        for (String[] ending : endings) {
            if (word.endsWith(ending[0])) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        // Nouns ending in a consonant or an accented vowel (bar, città) do not change.
        return word;
    }

    private static String portuguese(String word) {
        String[][] endings = {{"ão", "ões"}, {"al", "ais"}, {"el", "éis"}, {"m", "ns"}, {"r", "res"}, {"z", "zes"}};
        for (String[] ending : endings) {
            if (word.endsWith(ending[0])) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word.endsWith("s") ? word : word + "s";
    }

    private static String german(String word) {
        if (word.endsWith("e")) {
            return word + "n";
        }
        if (word.matches(".*(ung|heit|keit|schaft|ion)")) {
            return word + "en";
        }
        return word.matches(".*(er|el|en)") ? word : word + "e";
    }

    private static String dutch(String word) {
        if (word.endsWith("ie")) {
            return word + "ën";
        }
        if (word.matches(".*(je|el|er|em|en)")) {
            return word + "s";
        }
        return word.endsWith("e") ? word + "n" : word + "en";
    }
}
