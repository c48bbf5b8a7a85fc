package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Naming;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records a French, Spanish or German description names, in the person's own words: "Gestion
 * des rendez-vous ... avec les patients" manages rendez-vous and patients. It reads the plural
 * nouns after articles and prepositions, the way {@link EntityMentions} reads English; known nouns
 * borrow the fields of their English lexicon entry. An English description gives nothing here.
 */
final class ForeignMentions {

    /**
     * One named kind of record.
     *
     * @param code camelCase ASCII singular for identifiers ({@code rendezVous})
     * @param lexiconKey the English lexicon entry whose fields it takes, or the code when unknown
     */
    record Mention(String code, String codePlural, String displaySingular, String displayPlural, String lexiconKey) {}

    private enum Language {
        ENGLISH("the with for my and of a an to"),
        FRENCH("des les le la du avec pour mon ma mes et une un de"),
        SPANISH("los las el del con para mi mis y una un de"),
        GERMAN("der die das den dem mit für meine meiner meinen und ein eine von");

        private final Set<String> words;

        Language(String words) {
            this.words = Set.of(words.split(" "));
        }

        long score(List<String> tokens) {
            return tokens.stream()
                    .filter(t -> words.contains(t.toLowerCase(Locale.ROOT)))
                    .count();
        }
    }

    // Words after which a plural noun names records; German also needs the noun capitalised.
    private static final Map<Language, Set<String>> TRIGGERS = Map.of(
            Language.FRENCH, Set.of("des", "les", "de", "du", "avec", "pour", "mes", "nos", "vos", "et", "ses"),
            Language.SPANISH, Set.of("de", "del", "los", "las", "con", "para", "mis", "sus", "y", "e"),
            Language.GERMAN,
                    Set.of("der", "die", "den", "mit", "für", "von", "meine", "meiner", "meinen", "und", "alle"));

    // Words after a trigger that are not records: app words, time spans, colours, determiners.
    private static final Set<String> NOT_RECORDS = Set.of("""
            gestion gestión applications application apps outils aplicaciones herramientas anwendungen tools
            jours semaines mois días semanas meses tage wochen monate couleurs colores farben leurs tous toutes
            todos todas alle meine meinen eine einen diese unsere mes nos vos ses mis sus
            """.strip().split("\\s+"));

    // Nouns people use for their records, by their singular in each language, to the lexicon's entry.
    private static final Map<String, String> LEXICON = Map.ofEntries(
            Map.entry("patient", "patient"),
            Map.entry("paciente", "patient"),
            Map.entry("rendez-vous", "meeting"),
            Map.entry("cita", "meeting"),
            Map.entry("termin", "meeting"),
            Map.entry("client", "customer"),
            Map.entry("cliente", "customer"),
            Map.entry("kunde", "customer"),
            Map.entry("tâche", "task"),
            Map.entry("tarea", "task"),
            Map.entry("aufgabe", "task"),
            Map.entry("facture", "invoice"),
            Map.entry("factura", "invoice"),
            Map.entry("rechnung", "invoice"),
            Map.entry("produit", "product"),
            Map.entry("producto", "product"),
            Map.entry("produkt", "product"),
            Map.entry("livre", "book"),
            Map.entry("libro", "book"),
            Map.entry("buch", "book"),
            Map.entry("recette", "recipe"),
            Map.entry("receta", "recipe"),
            Map.entry("rezept", "recipe"),
            Map.entry("fournisseur", "supplier"),
            Map.entry("proveedor", "supplier"),
            Map.entry("lieferant", "supplier"),
            Map.entry("commande", "order"),
            Map.entry("pedido", "order"),
            Map.entry("bestellung", "order"),
            Map.entry("projet", "project"),
            Map.entry("proyecto", "project"),
            Map.entry("projekt", "project"),
            Map.entry("employé", "employee"),
            Map.entry("empleado", "employee"),
            Map.entry("mitarbeiter", "employee"),
            Map.entry("élève", "student"),
            Map.entry("étudiant", "student"),
            Map.entry("alumno", "student"),
            Map.entry("estudiante", "student"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");

    private ForeignMentions() {}

    /** The records named in {@code prompt}, in order, when it is French, Spanish or German. */
    static List<Mention> in(String prompt) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(prompt);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Language language = Arrays.stream(Language.values())
                .max(Comparator.comparingLong((Language l) -> l.score(tokens)))
                .orElseThrow();
        if (language == Language.ENGLISH || language.score(tokens) < 2) {
            return List.of();
        }
        Map<String, Mention> mentions = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            // A description may start with its records ("Factures et clients"); in German every noun
            // is capitalised, so there only a clear plural ending counts at the start.
            boolean start =
                    i == 0 && (language != Language.GERMAN || tokens.get(i).endsWith("en"));
            if (start
                    || (i > 0
                            && TRIGGERS.get(language).contains(tokens.get(i - 1).toLowerCase(Locale.ROOT)))) {
                mention(language, tokens.get(i)).ifPresent(m -> mentions.putIfAbsent(m.code(), m));
            }
        }
        return List.copyOf(mentions.values());
    }

    private static Optional<Mention> mention(Language language, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_RECORDS.contains(lower) || word.length() < 4) {
            return Optional.empty();
        }
        Optional<String> singular = switch (language) {
            case FRENCH -> ForeignInflector.frenchSingular(lower);
            case SPANISH -> ForeignInflector.spanishSingular(lower);
            case GERMAN ->
                Character.isUpperCase(word.charAt(0)) ? ForeignInflector.germanSingular(word) : Optional.empty();
            case ENGLISH -> Optional.empty();
        };
        return singular.map(one -> {
            String plural = language == Language.GERMAN ? word : lower;
            String code = codeName(one);
            String lexiconKey = LEXICON.getOrDefault(one.toLowerCase(Locale.ROOT), code);
            return new Mention(code, codeName(plural), one, plural, lexiconKey);
        });
    }

    /** {@code rendez-vous} → {@code rendezVous}, {@code Bücher} → {@code bucher}: ASCII camelCase. */
    static String codeName(String word) {
        String ascii = Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        return Naming.camel(ascii.replaceAll("[^a-z]+", " "));
    }
}
