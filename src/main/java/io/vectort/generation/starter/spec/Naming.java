package io.vectort.generation.starter.spec;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns words into the spellings generated code needs: camelCase, PascalCase, kebab-case, labels. */
public final class Naming {

    private static final Set<String> SMALL_WORDS =
            Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

    // Words an entity name could collide with in generated JavaScript; such names get a suffix.
    private static final Set<String> RESERVED = Set.of(
            "break",
            "case",
            "catch",
            "class",
            "const",
            "continue",
            "debugger",
            "default",
            "delete",
            "do",
            "else",
            "enum",
            "export",
            "extends",
            "false",
            "finally",
            "for",
            "function",
            "if",
            "import",
            "in",
            "instanceof",
            "new",
            "null",
            "return",
            "super",
            "switch",
            "this",
            "throw",
            "true",
            "try",
            "typeof",
            "var",
            "void",
            "while",
            "with",
            "yield",
            "let",
            "static",
            "await",
            "arguments",
            "eval",
            "undefined",
            "window",
            "document",
            "props",
            "emit");

    // Words a label spells in capitals ("SKU", not "Sku").
    private static final Set<String> ACRONYMS = Set.of("sku", "url", "id", "isbn", "vat", "iban", "api", "crm");

    private Naming() {}

    /** Splits {@code "unitPrice"}, {@code "bike parts"} or {@code "bike-parts"} into lower-case words. */
    public static List<String> words(String text) {
        String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return Arrays.stream(spaced.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
    }

    public static String camel(String text) {
        String pascal = pascal(text);
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    public static String pascal(String text) {
        return words(text).stream().map(Naming::capitalize).collect(Collectors.joining());
    }

    public static String kebab(String text) {
        return String.join("-", words(text));
    }

    /** {@code "unitPrice"} → {@code "Unit price"}, {@code "sku"} → {@code "SKU"}: how a field is labelled. */
    public static String sentence(String text) {
        List<String> words = words(text).stream()
                .map(w -> ACRONYMS.contains(w) ? w.toUpperCase(Locale.ROOT) : w)
                .toList();
        return capitalize(String.join(" ", words));
    }

    /** {@code "a part"}, {@code "an e-mail"}: the indefinite article by the first letter, good enough for labels. */
    public static String withArticle(String noun) {
        return (!noun.isEmpty() && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** {@code "bike parts for people"} → {@code "Bike Parts for People"}. */
    public static String title(String text) {
        List<String> words = words(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            out.append(i > 0 ? " " : "").append(i > 0 && SMALL_WORDS.contains(word) ? word : capitalize(word));
        }
        return out.toString();
    }

    public static String capitalize(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** An npm-compatible package name and storage prefix: ASCII kebab-case, never empty. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 50) {
            slug = slug.substring(0, 50).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "app" : slug;
    }

    /** A JavaScript identifier for {@code text}, suffixed when it would be a reserved word. */
    public static String identifier(String text) {
        String camel = camel(text);
        return RESERVED.contains(camel) ? camel + "List" : camel;
    }
}
