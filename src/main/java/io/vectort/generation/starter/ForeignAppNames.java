package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.spec.Phrasebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an app described in another language, in that language and spelled as written
 * ("Rendez-vous", never "Rendez Vous"): a dashboard or todo list is named by its main records, a
 * blog by its "blog de voyage" phrase, a landing page by what it presents ("pour mon atelier de
 * poterie" → "Atelier de poterie"); the phrasebook's "Mon blog" / "Mon produit" when there is none.
 */
final class ForeignAppNames {

    private static final int MAX_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    // Words that end a name: connectors, and "mon"/"ma" that start the subject after them.
    // Words that end a name: connectors ("avec", "con", "mit"); "sur"/"über" stay, they give a subject.
    private static final Set<String> ENDS = Set.copyOf(List.of("""
            avec pour et par à with con para y e por mit für und nach zum zur per ed com met voor en om
            """.strip().split("\\s+")));

    // "pour mon", "para mi", "für meine", "per il mio", "para o meu", "voor mijn": the subject follows.
    private static final Set<String> POSSESSIVES =
            Set.copyOf(List.of("""
            mon ma mes notre nos mi mis nuestro nuestra mein meine meiner meinen meinem unser unsere mio mia
            miei mie nostro nostra meu minha meus minhas nosso nossa mijn onze ons
            """.strip().split("\\s+")));

    private static final Set<String> APP_WORDS = Set.of(
            "app", "appli", "application", "aplicación", "applicazione", "aplicativo", "anwendung", "site", "blog");

    private ForeignAppNames() {}

    static String derive(String prompt, ForeignLanguage language, Archetype archetype, List<Entity> entities) {
        List<String> tokens = tokens(prompt);
        Phrasebook words = Phrasebook.of(language.code());
        return switch (archetype) {
            case DASHBOARD, TODO -> entities.getFirst().label();
            case BLOG -> phraseFrom(tokens, indexOfBlog(tokens)).orElse(words.word("myBlog"));
            case LANDING -> phraseFrom(tokens, afterPossessive(tokens)).orElse(words.word("myProduct"));
        };
    }

    private static List<String> tokens(String prompt) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(prompt);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static int indexOfBlog(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).toLowerCase(Locale.ROOT).contains("blog")) {
                return i;
            }
        }
        return -1;
    }

    private static int afterPossessive(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (POSSESSIVES.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Up to four words from {@code start} until a connector or punctuation, capitalised. */
    private static Optional<String> phraseFrom(List<String> tokens, int start) {
        if (start < 0) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (int i = start; i < tokens.size() && words.size() < MAX_WORDS; i++) {
            String token = tokens.get(i);
            if (!Character.isLetterOrDigit(token.charAt(0)) || ENDS.contains(token.toLowerCase(Locale.ROOT))) {
                break;
            }
            words.add(token);
        }
        // A name ends on a noun or adjective, never on a dangling "de" ("Blog de").
        while (!words.isEmpty() && words.getLast().length() < 3) {
            words.removeLast();
        }
        boolean justAnApp =
                words.size() == 1 && APP_WORDS.contains(words.getFirst().toLowerCase(Locale.ROOT));
        return words.isEmpty() || justAnApp
                ? Optional.empty()
                : Optional.of(Naming.capitalize(String.join(" ", words)));
    }
}
