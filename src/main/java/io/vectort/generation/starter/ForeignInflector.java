package io.vectort.generation.starter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The singular of a French, Spanish or German plural noun, or nothing when the word does not look
 * plural. Regular rules plus the few exceptions descriptions use; like {@link Inflector}, a wrong
 * guess only yields an odd label.
 */
final class ForeignInflector {

    private static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("bücher", "Buch"),
            Map.entry("häuser", "Haus"),
            Map.entry("länder", "Land"),
            Map.entry("mitarbeiter", "Mitarbeiter"),
            Map.entry("schüler", "Schüler"),
            Map.entry("lehrer", "Lehrer"),
            Map.entry("zimmer", "Zimmer"),
            Map.entry("fahrzeuge", "Fahrzeug"));

    private ForeignInflector() {}

    /** {@code patients} → {@code patient}, {@code rendez-vous} stays, {@code journaux} → {@code journal}. */
    static Optional<String> frenchSingular(String plural) {
        if (plural.endsWith("aux")) {
            return Optional.of(plural.substring(0, plural.length() - 3) + "al");
        }
        if (plural.endsWith("eaux") || plural.endsWith("oux")) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (plural.endsWith("us") || plural.endsWith("is") || plural.endsWith("ss")) {
            // rendez-vous, avis, repas: the same in both numbers, but only compounds are safe to call plural
            return plural.contains("-") ? Optional.of(plural) : Optional.empty();
        }
        return plural.endsWith("s") ? Optional.of(plural.substring(0, plural.length() - 1)) : Optional.empty();
    }

    /** {@code pacientes} → {@code paciente}, {@code doctores} → {@code doctor}, {@code canciones} → {@code canción}. */
    static Optional<String> spanishSingular(String plural) {
        if (!plural.endsWith("s")) {
            return Optional.empty();
        }
        if (plural.endsWith("iones")) {
            return Optional.of(plural.substring(0, plural.length() - 5) + "ión");
        }
        if (plural.endsWith("ces")) {
            return Optional.of(plural.substring(0, plural.length() - 3) + "z");
        }
        // Words ending in a consonant take -es (autor, autores); one consonant, never two (padre, padres).
        if (plural.endsWith("es")
                && plural.length() > 4
                && "rldny".indexOf(plural.charAt(plural.length() - 3)) >= 0
                && "aeiouáéíóú".indexOf(plural.charAt(plural.length() - 4)) >= 0) {
            return Optional.of(plural.substring(0, plural.length() - 2));
        }
        return Optional.of(plural.substring(0, plural.length() - 1));
    }

    /**
     * {@code Patienten} → {@code Patient}, {@code Kunden} → {@code Kunde}, {@code Termine} → {@code Termin},
     * {@code Rechnungen} → {@code Rechnung}. German plurals are irregular; nouns ending in "er" stay.
     */
    static Optional<String> germanSingular(String plural) {
        String lower = plural.toLowerCase(Locale.ROOT);
        if (GERMAN.containsKey(lower)) {
            return Optional.of(GERMAN.get(lower));
        }
        for (String ending :
                new String[] {"ungen", "heiten", "keiten", "schaften", "ionen", "täten", "nten", "isten", "oren"}) {
            if (lower.endsWith(ending)) {
                return Optional.of(plural.substring(0, plural.length() - 2));
            }
        }
        if (lower.endsWith("ern")) {
            // the dative of a plural in -er: "mit Künstlern"
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (lower.endsWith("innen")) {
            return Optional.of(plural.substring(0, plural.length() - 3));
        }
        if (lower.endsWith("en")) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (lower.endsWith("e") || (lower.endsWith("s") && !lower.matches(".*(is|us|ss)"))) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        return Optional.empty();
    }
}
