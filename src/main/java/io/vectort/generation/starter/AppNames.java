package io.vectort.generation.starter;

import io.vectort.generation.starter.Words.Token;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app's name: the one the person gives ("called X"), or a title made from the description. */
final class AppNames {

    private static final int MAX_LENGTH = 60;

    private static final Pattern EXPLICIT = Pattern.compile(
            "(?iu)\\b(?:called|named|titled|call it|name it|rename it(?: to)?|rename (?:the app|this)(?: to)?)\\s+"
                    // "Ann's Kitchen" in double quotes keeps its apostrophe; in single quotes, an
                    // apostrophe between two letters is one too, not the closing quote.
                    + "(?:[\"“]([^\"”\\n]{1,60})[\"”]"
                    + "|['‘]((?:[^'’\\n]|(?<=\\p{L})['’](?=\\p{L})){1,60})['’]"
                    + "|((?:[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.!-]*)"
                    + "(?:\\s+(?:&\\s+)?[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.!-]*){0,4}))");

    private static final Set<String> NAME_ENDS = Set.of(
            "and", "that", "which", "with", "for", "to", "where", "in", "on", "using", "so", "but", "please", "it",
            "who", "because", "as", "plus", "by", "from", "instead");

    // Nouns that say what kind of app it is, most specific first: "inventory tracker" is an Inventory.
    private static final List<String> KIND_NOUNS = List.of(
            "inventory",
            "catalog",
            "catalogue",
            "crm",
            "journal",
            "diary",
            "planner",
            "directory",
            "library",
            "logbook",
            "portfolio",
            "tracker",
            "organizer",
            "organiser",
            "manager",
            "hub",
            "portal");

    private static final Map<String, String> KIND_VERBS = Map.ofEntries(
            Map.entry("track", "tracker"),
            Map.entry("tracking", "tracker"),
            Map.entry("organise", "organizer"),
            Map.entry("organize", "organizer"),
            Map.entry("organising", "organizer"),
            Map.entry("organizing", "organizer"),
            Map.entry("manage", "manager"),
            Map.entry("managing", "manager"),
            Map.entry("management", "manager"),
            Map.entry("plan", "planner"),
            Map.entry("planning", "planner"));

    private AppNames() {}

    /** The name the prompt gives the app, if it gives one. */
    static Optional<String> explicit(String prompt) {
        Matcher matcher = EXPLICIT.matcher(prompt);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String quoted = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        String raw = quoted != null ? quoted : untilConnector(matcher.group(3));
        // Dots are allowed ("Dr. Green") but never a run of them, which a README heading would turn
        // into something that reads like a "..." placeholder line.
        String clean = raw.replaceAll("[^\\p{L}\\p{N} &'’.!-]", "")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("[.!'’-]+$", "")
                .strip();
        if (clean.isEmpty() || NAME_ENDS.contains(clean.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String shortened =
                clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH).strip() : clean;
        return Optional.of(shortened.equals(shortened.toLowerCase(Locale.ROOT)) ? Naming.title(shortened) : shortened);
    }

    /** The prompt without the name it gives, so that "called Parts Hub" names no entity. */
    static String withoutExplicitName(String prompt) {
        return EXPLICIT.matcher(prompt).replaceAll(" ");
    }

    /** A title made of what the app is about and what kind of app it is ("Bike Parts Inventory"). */
    static String derive(String prompt, Archetype archetype, List<Entity> entities) {
        List<Token> tokens = Words.tokenize(withoutExplicitName(prompt));
        List<String> subject = leadingSubject(tokens);
        if (subject.isEmpty()) {
            subject = subjectAfter(tokens, archetype, entities);
        }
        Entity primary = entities.getFirst();
        String kind = kind(tokens, archetype);
        if (subject.isEmpty()) {
            return switch (archetype) {
                case TODO -> "My " + primary.label();
                case BLOG -> "My Blog";
                case LANDING -> kind.isEmpty() ? "My Product" : "My " + Naming.capitalize(kind);
                case DASHBOARD -> titled(primary.displaySingular(), kind);
            };
        }
        return titled(String.join(" ", subject), subject.getLast().equals(kind) ? "" : kind);
    }

    private static String titled(String subject, String kind) {
        return Naming.title(subject + (kind.isEmpty() ? "" : " " + kind)).replace("Crm", "CRM");
    }

    private static String untilConnector(String words) {
        List<String> kept = new ArrayList<>();
        for (String word : words.split("\\s+")) {
            if (!kept.isEmpty() && NAME_ENDS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            kept.add(word);
        }
        return String.join(" ", kept);
    }

    /** "a recipe app ..." → recipe; "bike parts inventory tracker ..." → bike parts. */
    private static List<String> leadingSubject(List<Token> tokens) {
        List<String> words = phrase(tokens, 0);
        int before = words.size();
        while (!words.isEmpty() && Words.APP_WORDS.contains(words.getLast())) {
            words.removeLast();
        }
        return words.size() < before ? words : List.of();
    }

    /**
     * "... for my bike parts", "a CRM for my bakery" or "a blog about travel" → the phrase. A plural
     * that is not one of the app's entities is an audience ("a tool for landlords"), not a subject.
     */
    private static List<String> subjectAfter(List<Token> tokens, Archetype archetype, List<Entity> entities) {
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (!text.equals("for") && !text.equals("about")) {
                continue;
            }
            List<String> words = phrase(tokens, i + 1);
            while (!words.isEmpty() && Words.APP_WORDS.contains(words.getLast())) {
                words.removeLast();
            }
            if (words.isEmpty()) {
                continue;
            }
            String head = words.getLast();
            boolean entity = entities.stream().anyMatch(e -> e.singular().equals(Inflector.singular(head)));
            boolean audience = Words.AUDIENCES.contains(head) || (Inflector.isPlural(head) && !entity);
            boolean names = archetype != Archetype.DASHBOARD || entity || !audience;
            if (names && !audience && !Words.UI_WORDS.contains(head)) {
                return words;
            }
        }
        return List.of();
    }

    private static List<String> phrase(List<Token> tokens, int start) {
        return new ArrayList<>(Words.Phrase.at(tokens, start).words());
    }

    private static String kind(List<Token> tokens, Archetype archetype) {
        List<String> words =
                tokens.stream().filter(Token::word).map(Token::text).toList();
        for (String noun : KIND_NOUNS) {
            if (words.contains(noun)) {
                return switch (noun) {
                    case "catalogue" -> "catalog";
                    case "organiser" -> "organizer";
                    default -> noun;
                };
            }
        }
        for (String word : words) {
            if (KIND_VERBS.containsKey(word)) {
                return KIND_VERBS.get(word);
            }
        }
        return switch (archetype) {
            case TODO -> "list";
            case BLOG -> "blog";
            case LANDING -> "";
            case DASHBOARD -> "dashboard";
        };
    }
}
