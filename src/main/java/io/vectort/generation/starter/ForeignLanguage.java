package io.vectort.generation.starter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The UI languages a description may be written in, each with the small words that give it away,
 * the words after which a plural noun names records, and the rule that singularises that noun.
 * Articles and prepositions shared by neighbours ("de", "con", "e") count for each of them: the
 * language with the most telling words wins, English first on a tie.
 */
enum ForeignLanguage {
    ENGLISH("en", "the with for my and of a an to in on at is page app list", "", w -> Optional.empty()),
    FRENCH(
            "fr",
            "des les le la du au aux avec pour sur à mon ma mes et une un de",
            "des les de du avec pour par mes nos vos et ses leurs , :",
            ForeignInflector::frenchSingular),
    SPANISH(
            "es",
            "los las la el del con para por mi mis y una un de",
            "de del los las con para por mis sus y e , :",
            ForeignInflector::spanishSingular),
    GERMAN(
            "de",
            "der die das den dem des mit für über meine meiner meinen und ein eine von nach zur zum im",
            "der die den mit für von nach meine meiner meinen und alle , :",
            GermanicInflector::germanSingular),
    ITALIAN(
            "it",
            "il lo gli le del della dei degli delle con per mio mia miei mie e di un una da nel un' dell",
            "i gli le dei degli delle di con per miei mie e ed , :",
            ForeignInflector::italianSingular),
    PORTUGUESE(
            "pt",
            "a o os as do da dos das com para meu minha meus minhas e um uma de no na",
            "os as dos das de com para por meus minhas e , :",
            ForeignInflector::portugueseSingular),
    DUTCH(
            "nl",
            "de het een van voor met mijn en in op onze bij",
            "de van voor met mijn en onze alle per , :",
            GermanicInflector::dutchSingular);

    private final String code;
    private final Set<String> markers;
    private final Set<String> triggers;
    private final Function<String, Optional<String>> singular;
    // Spellings only this language uses, telling in short descriptions ("Blog über Gartenarbeit"):
    // letters anywhere in a word, and word endings ("animaux", "vétérinaire", "aniversário").
    private final Optional<Pattern> spelling;

    ForeignLanguage(String code, String markers, String triggers, Function<String, Optional<String>> singular) {
        this.code = code;
        String letters = switch (code) {
            case "fr" -> "œ|î|û";
            case "es" -> "ñ";
            case "de" -> "ä|ö|ü|ß";
            case "pt" -> "ã|õ";
            case "nl" -> "ij|ë";
            default -> "";
        };
        String endings = switch (code) {
            case "fr" -> "eaux|aux|ées|ière|ières|aire|aires|eur|eurs";
            case "es" -> "ción|ciones|ería|erías|dad|dades";
            case "de" -> "ung|ungen|heit|keit|schaft";
            case "it" -> "zione|zioni|ità|ggio|gli";
            case "pt" -> "ção|ções|ário|ária|ência|ões";
            case "nl" -> "heid|tje|tjes|lijst";
            default -> "";
        };
        this.spelling = endings.isEmpty()
                ? Optional.empty()
                : Optional.of(Pattern.compile(
                        (letters.isEmpty() ? "" : ".*(" + letters + ").*|") + ".{2,}(" + endings + ")"));
        this.markers = Set.of(markers.split(" "));
        this.triggers = triggers.isEmpty() ? Set.of() : Set.of(triggers.split(" "));
        this.singular = singular;
    }

    /** The ISO 639-1 code: {@code fr}. */
    String code() {
        return code;
    }

    /** The language of these words; English when nothing else gives itself away twice. */
    static ForeignLanguage of(List<String> tokens) {
        ForeignLanguage best = ENGLISH;
        for (ForeignLanguage language : values()) {
            if (language.score(tokens) > best.score(tokens)) {
                best = language;
            }
        }
        return best.score(tokens) < 2 ? ENGLISH : best;
    }

    /**
     * The language to read a follow-up in, which is often too short to tell ("togli i fornitori"):
     * as {@link #of}, but the project's own language unless the follow-up has more English words.
     */
    static ForeignLanguage of(List<String> tokens, ForeignLanguage project) {
        ForeignLanguage read = of(tokens);
        boolean notMoreEnglish = project.score(tokens) >= ENGLISH.score(tokens);
        return read == ENGLISH && project != ENGLISH && notMoreEnglish ? project : read;
    }

    /** Whether these words give away neither English nor {@code project}'s language ("add suppliers"). */
    static boolean undecided(List<String> tokens, ForeignLanguage project) {
        return project.score(tokens) == 0 && ENGLISH.score(tokens) == 0;
    }

    private long score(List<String> tokens) {
        // Each telling word counts once: "la ... la" is no more French than one "la".
        long words = tokens.stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(markers::contains)
                .distinct()
                .count();
        long spellings = spelling.map(pattern -> tokens.stream()
                        .filter(t -> pattern.matcher(t.toLowerCase(Locale.ROOT)).matches())
                        .count())
                .orElse(0L);
        return words + spellings;
    }

    /** Whether a plural noun right after {@code word} names records ("avec les patients"). */
    boolean triggeredBy(String word) {
        return triggers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a known noun right after {@code word} names records even in the singular ("par catégorie"). */
    boolean groupsBy(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (this) {
            case FRENCH -> lower.equals("par");
            case SPANISH, PORTUGUESE -> lower.equals("por");
            case ITALIAN, DUTCH -> lower.equals("per");
            case GERMAN -> lower.equals("nach") || lower.equals("pro") || lower.equals("je");
            case ENGLISH -> false;
        };
    }

    /** The singular of {@code word} when it looks like a plural noun in this language. */
    Optional<String> singular(String word) {
        if (this == GERMAN && !Character.isUpperCase(word.charAt(0))) {
            // German capitalises every noun, so a lower-case word never names records.
            return Optional.empty();
        }
        return singular.apply(this == GERMAN ? word : word.toLowerCase(Locale.ROOT));
    }

    /** Whether nouns keep their capital in the UI, as German ones do. */
    boolean capitalisesNouns() {
        return this == GERMAN;
    }
}
