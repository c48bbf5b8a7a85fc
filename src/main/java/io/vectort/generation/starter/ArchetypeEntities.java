package io.vectort.generation.starter;

import static io.vectort.generation.starter.LexiconFields.date;
import static io.vectort.generation.starter.LexiconFields.entity;
import static io.vectort.generation.starter.LexiconFields.flag;
import static io.vectort.generation.starter.LexiconFields.longText;
import static io.vectort.generation.starter.LexiconFields.text;
import static io.vectort.generation.starter.LexiconFields.title;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import io.vectort.generation.starter.spec.Naming;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities whose shape an archetype's UI relies on: a todo item always has a title, a due
 * date and a done flag; a post has a title, an author, a date and a body; a sign-up has a name and
 * an e-mail. Only the nouns and sample rows follow the description.
 */
final class ArchetypeEntities {

    // Items a todo list may hold instead of tasks, with three sample titles each.
    private static final Map<String, List<String>> TODO_ITEMS = Map.of(
            "task", List.of("Write project brief", "Book the dentist", "Reply to Sam"),
            "chore", List.of("Take out the bins", "Water the plants", "Vacuum the hallway"),
            "errand", List.of("Pick up dry cleaning", "Post the parcel", "Renew library card"),
            "grocery", List.of("Oat milk", "Sourdough bread", "Apples"),
            "assignment", List.of("Maths worksheet", "History essay", "Science poster"),
            "job", List.of("Fix the garden gate", "Paint the fence", "Clear the gutters"),
            "item", List.of("Passport", "Phone charger", "Sunscreen"));

    private static final Map<String, String> TODO_WORDS = Map.of(
            "shopping",
            "grocery",
            "grocery",
            "grocery",
            "homework",
            "assignment",
            "packing",
            "item",
            "todo",
            "task",
            "gear",
            "item",
            "equipment",
            "item");

    private ArchetypeEntities() {}

    /** The todo item a prompt names ("chores"), if it names one of the known kinds. */
    static Optional<String> todoItem(String singular) {
        String item = TODO_WORDS.getOrDefault(singular, singular);
        return TODO_ITEMS.containsKey(item) ? Optional.of(item) : Optional.empty();
    }

    /** Words that name a todo list's items without being plural nouns ("shopping list"). */
    static Optional<String> todoWord(String word) {
        return Optional.ofNullable(TODO_WORDS.get(word));
    }

    static Entity todo(String item) {
        // Items the lexicon knows keep their own samples ("Lasagne" for a recipe), others are numbered.
        List<String> titles = TODO_ITEMS.containsKey(item)
                ? TODO_ITEMS.get(item)
                : EntityLexicon.entity(item).titleField().samples();
        return todo(item, titles);
    }

    /**
     * A todo item named in another language ("recettes"): its words in the UI; samples from its
     * English entry when that has names rather than English chores, else numbered in its words.
     */
    static Entity todo(ForeignMentions.Mention item) {
        String key = item.lexiconKey();
        List<String> titles = EntityLexicon.knows(key) && !TODO_ITEMS.containsKey(key)
                ? EntityLexicon.entity(key).titleField().samples()
                : List.of(" A", " B", " C").stream()
                        .map(letter -> Naming.capitalize(item.displaySingular()) + letter)
                        .toList();
        return new Entity(
                        item.code(),
                        item.codePlural(),
                        todo(item.code(), titles).fields())
                .displayedAs(item.displaySingular(), item.displayPlural());
    }

    private static Entity todo(String item, List<String> titles) {
        return entity(
                item,
                new Field("title", "Title", FieldType.TEXT, true, titles),
                date("dueDate", "2025-03-21", "", "2025-03-18"),
                flag("done", "false", "false", "true"));
    }

    static Entity post(boolean withCategory) {
        Field title = title("title", "Welcome to the blog", "What we learned this month", "Five small wins");
        Field author = text("author", "Alex Morgan", "Sam Lee", "Alex Morgan");
        Field published = date("publishedOn", "2025-03-01", "2025-03-15", "2025-04-02");
        Field category = text("category", "News", "Guides", "Stories");
        Field body = longText(
                "body",
                "Hello and welcome! This is the first post.\n\nEdit it, delete it, or write a new one.",
                "A month of small experiments taught us a lot.\n\nThe biggest lesson: ship early and listen.",
                "Small wins add up.\n\nHere are five that made our week better, from tidy desks to short meetings.");
        return withCategory
                ? entity("post", title, author, published, category, body)
                : entity("post", title, author, published, body);
    }

    static Entity signup() {
        return entity(
                "signup",
                title("name", "Ada Lovelace", "Grace Hopper", "Alan Turing"),
                Field.required("email", FieldType.EMAIL, "ada@example.com", "grace@example.com", "alan@example.com"));
    }
}
