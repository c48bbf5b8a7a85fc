package io.vectort.generation.starter;

import java.util.Map;
import java.util.Optional;

/**
 * The singular of a French, Spanish, Italian or Portuguese plural noun (lower case), or nothing when
 * the word does not look plural. Regular rules plus the few exceptions descriptions use; like {@link Inflector}, a wrong
 * guess only yields an odd label.
 */
final class ForeignInflector {

    // Italian nouns in -e whose plural in -i the rules would read as coming from -o.
    private static final Map<String, String> ITALIAN = Map.of(
            "ordini",
            "ordine",
            "fiori",
            "fiore",
            "giornali",
            "giornale",
            "colori",
            "colore",
            "animali",
            "animale",
            "classi",
            "classe");

    private ForeignInflector() {}

    /** {@code patients} → {@code patient}, {@code rendez-vous} stays, {@code journaux} → {@code journal}. */
    static Optional<String> frenchSingular(String plural) {
        // cadeaux → cadeau before journaux → journal
        if (plural.endsWith("eaux") || plural.endsWith("oux")) {
            return Optional.of(plural.substring(0, plural.length() - 1));
        }
        if (plural.endsWith("aux")) {
            return Optional.of(plural.substring(0, plural.length() - 3) + "al");
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
     * {@code fatture} → {@code fattura}, {@code clienti} → {@code cliente}, {@code artisti} → {@code
     * artista}, {@code prenotazioni} → {@code prenotazione}, {@code proprietari} → {@code
     * proprietario}. Italian plurals end in -i or -e; a noun ending in -o or -a is singular.
     */
    static Optional<String> italianSingular(String plural) {
        if (ITALIAN.containsKey(plural)) {
            return Optional.of(ITALIAN.get(plural));
        }
        if (plural.matches(".*[aei]re")) {
            // an infinitive: "per gestire"
            return Optional.empty();
        }
        String[][] endings = {
            {"zioni", "zione"},
            {"ioni", "ione"},
            {"menti", "mento"},
            {"enti", "ente"},
            {"ili", "ile"},
            {"anti", "ante"},
            {"isti", "ista"},
            {"tori", "tore"},
            {"sori", "sore"},
            {"ari", "ario"},
            {"chi", "co"},
            {"ghi", "go"},
            {"che", "ca"},
            {"ghe", "ga"},
            {"ie", "ia"},
            {"i", "o"},
            {"e", "a"}
        };
        for (String[] ending : endings) {
            if (plural.endsWith(ending[0]) && plural.length() > ending[0].length() + 2) {
                return Optional.of(plural.substring(0, plural.length() - ending[0].length()) + ending[1]);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code despesas} → {@code despesa}, {@code peças} → {@code peça}, {@code agendamentos} → {@code
     * agendamento}, {@code reservações} → {@code reservação}, {@code fornecedores} → {@code fornecedor},
     * {@code itens} → {@code item}.
     */
    static Optional<String> portugueseSingular(String plural) {
        String[][] endings = {
            {"ções", "ção"},
            {"ões", "ão"},
            {"ães", "ão"},
            {"ais", "al"},
            {"éis", "el"},
            {"óis", "ol"},
            {"ns", "m"},
            {"res", "r"},
            {"zes", "z"},
            {"s", ""}
        };
        for (String[] ending : endings) {
            if (plural.endsWith(ending[0]) && plural.length() > ending[0].length() + 2) {
                return Optional.of(plural.substring(0, plural.length() - ending[0].length()) + ending[1]);
            }
        }
        return Optional.empty();
    }
}
