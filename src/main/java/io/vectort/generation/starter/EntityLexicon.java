package io.vectort.generation.starter;

import static io.vectort.generation.starter.LexiconFields.date;
import static io.vectort.generation.starter.LexiconFields.longText;
import static io.vectort.generation.starter.LexiconFields.text;
import static io.vectort.generation.starter.LexiconFields.title;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.Naming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Known kinds of records with sensible fields and sample rows, and a generic shape for the rest.
 * Synonyms share their fields but keep the person's word ("vendors" stay vendors).
 */
final class EntityLexicon {

    private static final Map<String, Entity> ENTRIES = entries();

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("vendor", "supplier"),
            Map.entry("client", "customer"),
            Map.entry("car", "vehicle"),
            Map.entry("bug", "ticket"),
            Map.entry("issue", "ticket"),
            Map.entry("request", "ticket"),
            Map.entry("friend", "person"),
            Map.entry("guest", "person"),
            Map.entry("volunteer", "person"),
            Map.entry("good", "product"),
            Map.entry("tool", "item"),
            Map.entry("component", "part"),
            Map.entry("houseplant", "plant"),
            Map.entry("todo", "task"),
            Map.entry("article", "post"),
            Map.entry("genre", "category"),
            Map.entry("purchase", "order"),
            Map.entry("job", "project"),
            Map.entry("appointment", "meeting"),
            Map.entry("booking", "meeting"),
            Map.entry("exercise", "workout"),
            Map.entry("run", "workout"));

    // Words that name a topic rather than records: "a fitness tracker" keeps workouts.
    private static final Map<String, String> TOPICS = Map.ofEntries(
            Map.entry("fitness", "workout"),
            Map.entry("gym", "workout"),
            Map.entry("training", "workout"),
            Map.entry("reading", "book"),
            Map.entry("budget", "expense"),
            Map.entry("spending", "expense"),
            Map.entry("finance", "transaction"),
            Map.entry("finances", "transaction"),
            Map.entry("cooking", "recipe"),
            Map.entry("garden", "plant"),
            Map.entry("gardening", "plant"),
            Map.entry("cycling", "ride"),
            Map.entry("sales", "sale"),
            Map.entry("hiring", "application"),
            Map.entry("recruiting", "application"),
            Map.entry("crm", "contact"),
            Map.entry("helpdesk", "ticket"),
            Map.entry("support", "ticket"),
            Map.entry("travel", "trip"),
            Map.entry("stock", "product"),
            Map.entry("music", "album"));

    private EntityLexicon() {}

    static boolean knows(String singular) {
        return ENTRIES.containsKey(singular) || SYNONYMS.containsKey(singular);
    }

    /** The entity for a singular noun: from the lexicon when known, otherwise the generic shape. */
    static Entity entity(String singular) {
        Entity known = ENTRIES.get(SYNONYMS.getOrDefault(singular, singular));
        if (known == null) {
            return generic(singular);
        }
        return new Entity(singular, Inflector.plural(singular), known.fields());
    }

    /**
     * The entity for a record named in one of the foreign UI languages: the person's words in the UI, an
     * ASCII code name, and the fields of the English entry it stands for (generic when unknown).
     */
    static Entity foreign(ForeignMentions.Mention mention) {
        String key = mention.lexiconKey();
        List<Field> fields = ENTRIES.containsKey(SYNONYMS.getOrDefault(key, key))
                ? entity(key).fields()
                : generic(mention.code(), mention.displaySingular()).fields();
        return new Entity(mention.code(), mention.codePlural(), fields)
                .displayedAs(mention.displaySingular(), mention.displayPlural());
    }

    /** The entity a topic word stands for ("fitness" → workout), if it is one. */
    static Optional<String> forTopic(String word) {
        return Optional.ofNullable(TOPICS.get(word));
    }

    private static Entity generic(String singular) {
        return generic(singular, singular);
    }

    private static Entity generic(String singular, String displaySingular) {
        String label = Naming.capitalize(displaySingular);
        return new Entity(
                singular,
                Inflector.plural(singular),
                List.of(
                        title("name", label + " A", label + " B", label + " C"),
                        text("status", "Active", "Planned", "Archived"),
                        date("date", "2025-03-01", "2025-03-15", "2025-04-01"),
                        longText(
                                "notes",
                                "The first sample " + displaySingular + ".",
                                "Edit or delete me.",
                                "Kept for reference.")));
    }

    private static Map<String, Entity> entries() {
        Map<String, Entity> entries = new LinkedHashMap<>();
        Stream.concat(WorkEntities.all().stream(), HomeEntities.all().stream())
                .forEach(e -> entries.put(e.singular(), e));
        return Map.copyOf(entries);
    }
}
