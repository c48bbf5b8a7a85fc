package io.vectort.generation.starter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The singular of a German or Dutch plural noun, or nothing when the word does not look plural.
 * Both languages mark plurals with -en, -e, -er or -s and change the stem on the way (German
 * umlauts, Dutch vowel doubling), so these are rules of thumb plus the exceptions descriptions
 * use; like {@link Inflector}, a wrong guess only yields an odd label.
 */
final class GermanicInflector {

    private static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("bücher", "Buch"),
            Map.entry("häuser", "Haus"),
            Map.entry("länder", "Land"),
            Map.entry("mitarbeiter", "Mitarbeiter"),
            Map.entry("schüler", "Schüler"),
            Map.entry("lehrer", "Lehrer"),
            Map.entry("zimmer", "Zimmer"),
            Map.entry("fahrzeuge", "Fahrzeug"),
            Map.entry("fahrzeugen", "Fahrzeug"),
            Map.entry("termine", "Termin"),
            Map.entry("terminen", "Termin"),
            Map.entry("verlage", "Verlag"),
            Map.entry("verlagen", "Verlag"),
            Map.entry("produkte", "Produkt"),
            Map.entry("produkten", "Produkt"),
            Map.entry("projekte", "Projekt"),
            Map.entry("projekten", "Projekt"),
            Map.entry("geschenke", "Geschenk"),
            Map.entry("geschenken", "Geschenk"),
            Map.entry("tiere", "Tier"),
            Map.entry("tieren", "Tier"),
            Map.entry("haustiere", "Haustier"),
            Map.entry("haustieren", "Haustier"),
            Map.entry("mitglieder", "Mitglied"),
            Map.entry("mitgliedern", "Mitglied"));

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("uitgaven", "uitgave"),
            Map.entry("categorieën", "categorie"),
            Map.entry("boodschappen", "boodschap"),
            Map.entry("steden", "stad"),
            Map.entry("schepen", "schip"),
            Map.entry("kinderen", "kind"),
            Map.entry("eieren", "ei"),
            Map.entry("wegen", "weg"),
            Map.entry("dagen", "dag"),
            Map.entry("huizen", "huis"),
            Map.entry("brieven", "brief"),
            Map.entry("leden", "lid"));

    // Plurals in -e whose dative -en the rules cannot tell from a weak plural (Kunden, Patienten).
    private static final Set<String> DATIVES = Set.of(
            "fahrzeugen", "terminen", "verlagen", "produkten", "projekten", "geschenken", "tieren", "haustieren");

    private static final String UMLAUTS = "äöü";

    private GermanicInflector() {}

    /**
     * {@code Patienten} → {@code Patient}, {@code Kunden} → {@code Kunde}, {@code Rechnungen} → {@code
     * Rechnung}, {@code Beiträge} and the dative {@code Beiträgen} → {@code Beitrag}, {@code
     * Künstlern} → {@code Künstler}. Keeps the capital; nouns ending in "er" stay.
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
        // An umlaut before the ending marks a strong plural: Beiträge (dative Beiträgen) → Beitrag.
        String stem = lower.endsWith("en")
                ? plural.substring(0, plural.length() - 2)
                : plural.substring(0, plural.length() - 1);
        if ((lower.endsWith("e") || lower.endsWith("en")) && hasUmlautInLastSyllable(stem)) {
            return Optional.of(withoutLastUmlaut(stem));
        }
        if (lower.endsWith("en")) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (lower.endsWith("e") || (lower.endsWith("s") && !lower.matches(".*(is|us|ss)"))) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        return Optional.empty();
    }

    /**
     * The plural as a heading shows it, without the dative -n a description puts after "mit":
     * {@code Künstlern} → {@code Künstler}, {@code Beiträgen} → {@code Beiträge}, {@code Verlagen} →
     * {@code Verlage}; {@code Kunden} and {@code Patienten} stay.
     */
    static String germanNominativePlural(String plural, String singular) {
        String lower = plural.toLowerCase(Locale.ROOT);
        // Künstler → Künstlern, Mitglied → Mitgliedern
        boolean dativeOfEr =
                lower.endsWith("ern") && (plural.equals(singular + "n") || plural.equals(singular + "ern"));
        boolean dativeOfE = lower.endsWith("en")
                && !singular.toLowerCase(Locale.ROOT).endsWith("e")
                && (DATIVES.contains(lower) || hasUmlautInLastSyllable(plural.substring(0, plural.length() - 2)));
        return dativeOfEr || dativeOfE ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static boolean hasUmlautInLastSyllable(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        for (int i = lower.length() - 1; i >= 0; i--) {
            char c = lower.charAt(i);
            if (UMLAUTS.indexOf(c) >= 0) {
                return true;
            }
            if ("aeiouy".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static String withoutLastUmlaut(String stem) {
        StringBuilder out = new StringBuilder(stem);
        for (int i = out.length() - 1; i >= 0; i--) {
            int umlaut = UMLAUTS.indexOf(out.charAt(i));
            if (umlaut >= 0) {
                out.setCharAt(i, "aou".charAt(umlaut));
                break;
            }
        }
        return out.toString();
    }

    /**
     * {@code klanten} → {@code klant}, {@code facturen} → {@code factuur}, {@code afspraken} → {@code
     * afspraak}, {@code lessen} → {@code les}, {@code leveranciers} → {@code leverancier}, {@code
     * auto's} → {@code auto}. An open syllable before -en had a long vowel, written double in the
     * singular; a doubled consonant was short and loses its twin.
     */
    static Optional<String> dutchSingular(String plural) {
        if (DUTCH.containsKey(plural)) {
            return Optional.of(DUTCH.get(plural));
        }
        if (plural.endsWith("'s") || plural.endsWith("’s")) {
            return Optional.of(plural.substring(0, plural.length() - 2));
        }
        if (plural.endsWith("eaus")) {
            // cadeaus, bureaus: French loans take a bare -s
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (plural.matches(".*(er|el|em|en|ie|je|ier|eur|oor)s")) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (plural.endsWith("ën")) {
            return Optional.of(plural.substring(0, plural.length() - 2));
        }
        if (!plural.endsWith("en") || plural.length() < 5) {
            return Optional.empty();
        }
        String stem = plural.substring(0, plural.length() - 2);
        int n = stem.length();
        char last = stem.charAt(n - 1);
        char vowel = stem.charAt(n - 2);
        if (last == stem.charAt(n - 2) && !isVowel(last)) {
            return Optional.of(stem.substring(0, n - 1));
        }
        boolean open = !isVowel(last) && isVowel(vowel) && vowel != 'e' && (n < 3 || !isVowel(stem.charAt(n - 3)));
        if (open) {
            return Optional.of(stem.substring(0, n - 1) + vowel + last);
        }
        if (last == 'z') {
            return Optional.of(stem.substring(0, n - 1) + "s");
        }
        if (last == 'v') {
            return Optional.of(stem.substring(0, n - 1) + "f");
        }
        return Optional.of(stem);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
