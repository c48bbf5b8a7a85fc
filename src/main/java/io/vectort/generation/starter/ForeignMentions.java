package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Naming;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records a description in French, Spanish, German, Italian, Portuguese or Dutch names, in the
 * person's own words: "Gestion des rendez-vous ... avec les patients" manages rendez-vous and
 * patients. It reads the plural nouns after articles, prepositions and list separators, the way
 * {@link EntityMentions} reads English; known nouns borrow the fields of their English lexicon
 * entry. An English description gives nothing here.
 */
final class ForeignMentions {

    /**
     * One named kind of record.
     *
     * @param code camelCase ASCII singular for identifiers ({@code rendezVous})
     * @param lexiconKey the English lexicon entry whose fields it takes, or the code when unknown
     */
    record Mention(String code, String codePlural, String displaySingular, String displayPlural, String lexiconKey) {}

    // Words, with elided articles split off ("dell'", "l'") and the separators that start a list item.
    private static final Pattern TOKEN =
            Pattern.compile("\\p{L}{1,4}['’](?=\\p{L})|\\p{L}+(?:-\\p{L}+)*(?:['’]s\\b)?|[,:]");

    private ForeignMentions() {}

    /** The records named in {@code prompt}, in order, when it is in one of the foreign UI languages. */
    static List<Mention> in(String prompt) {
        return in(prompt, languageOf(prompt));
    }

    /** The records {@code prompt} names, read in {@code language} (a follow-up's project language). */
    static List<Mention> in(String prompt, ForeignLanguage language) {
        if (language == ForeignLanguage.ENGLISH) {
            return List.of();
        }
        // "la lista dei desideri" holds wishes by idiom: its words name no records of their own.
        List<String> tokens = tokens(ForeignLexicon.withoutListIdioms(prompt));
        Map<String, Mention> mentions = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            // A description may start with its records ("Factures et clients"); in German every noun
            // is capitalised, so there only a plural ending counts at the start ("Termine für ...").
            boolean start =
                    i == 0 && (!language.capitalisesNouns() || tokens.get(i).matches(".*(en|e)"));
            String previous = i > 0 ? tokens.get(i - 1) : "";
            // "nach Kategorie" groups by a singular the plural rules would misread (Kategorie → Kategori).
            Optional<Mention> mention =
                    language.groupsBy(previous) ? grouping(language, tokens.get(i)) : Optional.empty();
            if (mention.isEmpty() && (start || (i > 0 && language.triggeredBy(previous)))) {
                mention = mention(language, tokens.get(i));
            }
            if (mention.isEmpty()) {
                mention = collective(tokens.get(i));
            }
            mention.ifPresent(m -> mentions.putIfAbsent(m.code(), m));
        }
        return List.copyOf(mentions.values());
    }

    /**
     * The records a prompt in another language takes away: those named after "enlève", "sin",
     * "ohne", "senza", "sem", "zonder"... until a word that adds again ("et ajoute"), and those
     * right before a German or Dutch final "entfernen", "verwijderen". Code names.
     */
    static Set<String> removedIn(String prompt, ForeignLanguage language) {
        List<String> tokens = tokens(prompt);
        Set<String> removed = new LinkedHashSet<>();
        if (language == ForeignLanguage.ENGLISH) {
            return removed;
        }
        boolean removing = false;
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.get(i).toLowerCase(Locale.ROOT);
            String previous = i > 0 ? tokens.get(i - 1) : "";
            if (ForeignLexicon.REMOVING.contains(lower)) {
                removing = true;
            } else if (ForeignLexicon.ADDING.contains(lower)) {
                removing = false;
            } else if (ForeignLexicon.REMOVING_AFTER.contains(lower) && !previous.isEmpty()) {
                mention(language, previous).ifPresent(m -> removed.add(m.code()));
            } else if (removing
                    && (language.triggeredBy(previous)
                            || ForeignLexicon.REMOVING.contains(previous.toLowerCase(Locale.ROOT)))) {
                mention(language, tokens.get(i)).ifPresent(m -> removed.add(m.code()));
            }
        }
        return removed;
    }

    /**
     * What a German or Dutch compound list names: "Boodschappenlijst" lists boodschappen,
     * "Aufgabenliste" Aufgaben. A linking -s ("Einkaufsliste") makes no plural, so it names nothing.
     */
    static Optional<Mention> listedInCompound(String prompt, ForeignLanguage language) {
        for (String token : tokens(prompt)) {
            String lower = token.toLowerCase(Locale.ROOT);
            for (String list : new String[] {"lijst", "liste"}) {
                String prefix = lower.endsWith(list) ? lower.substring(0, lower.length() - list.length()) : "";
                if (prefix.endsWith("en") || prefix.endsWith("er")) {
                    String word = language.capitalisesNouns() ? Naming.capitalize(prefix) : prefix;
                    Optional<Mention> mention = mention(language, word);
                    if (mention.isPresent()) {
                        return mention;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A known record named in the singular after "par", "per" or "nach" ("par catégorie"). */
    private static Optional<Mention> grouping(ForeignLanguage language, String word) {
        if (!ForeignLexicon.knows(word) || (language.capitalisesNouns() && !Character.isUpperCase(word.charAt(0)))) {
            return Optional.empty();
        }
        String one = language.capitalisesNouns() ? word : word.toLowerCase(Locale.ROOT);
        String plural = ForeignPlurals.of(language, one);
        String code = codeName(one);
        return Optional.of(new Mention(code, codeName(plural), one, plural, ForeignLexicon.englishFor(one, code)));
    }

    /** The countable record a mass noun stands for, wherever it stands ("l'inventaire du matériel"). */
    private static Optional<Mention> collective(String word) {
        List<String> record = ForeignLexicon.collective(word);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        String one = record.get(0);
        String plural = record.get(1);
        return Optional.of(new Mention(codeName(one), codeName(plural), one, plural, record.get(2)));
    }

    /** What a list named by an idiom holds ("la lista de la compra": productos), if it names one. */
    static Optional<Mention> listedInIdiom(String prompt) {
        return ForeignLexicon.listIdiom(prompt)
                .map(words -> new Mention(
                        codeName(words.get(0)), codeName(words.get(1)), words.get(0), words.get(1), words.get(2)));
    }

    /** The language {@code prompt} is written in, by its small words. */
    static ForeignLanguage languageOf(String prompt) {
        return ForeignLanguage.of(tokens(prompt));
    }

    /** Whether a follow-up gives away neither English nor the project's language. */
    static boolean undecided(String prompt, ForeignLanguage project) {
        return ForeignLanguage.undecided(tokens(prompt), project);
    }

    /** The language of a follow-up to a project written in {@code project}. */
    static ForeignLanguage languageOf(String prompt, ForeignLanguage project) {
        return ForeignLanguage.of(tokens(prompt), project);
    }

    private static List<String> tokens(String prompt) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(prompt);
        while (matcher.find()) {
            // "dell'" and "l'" are articles: the trigger lists hold them without the apostrophe.
            tokens.add(matcher.group().replaceAll("['’]$", ""));
        }
        return tokens;
    }

    private static Optional<Mention> mention(ForeignLanguage language, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!Character.isLetter(word.charAt(0)) || ForeignLexicon.notRecords(lower) || word.length() < 4) {
            return Optional.empty();
        }
        return language.singular(word).map(one -> {
            String plural = language.capitalisesNouns() ? GermanicInflector.germanNominativePlural(word, one) : lower;
            String code = codeName(one);
            return new Mention(code, codeName(plural), one, plural, ForeignLexicon.englishFor(one, code));
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
